// The platform's behaviour, as sections 3 and 4 of the document describe it, on the simulator's store.
import type { StatusCode } from "../lib/rma/constants";
import type {
  AcceptRequest,
  AddDocumentRequest,
  MessageRequest,
  QuotationRequest,
  RefuseRequest,
  StatusRequest,
  TrackingRequest,
} from "../lib/rma/wire";
import { createRandom, newDossier, RDE_COMMENTS, seedDemo, SEED } from "./seed";
import type { SimStore, StoredDossier } from "./store";
import { platformDate, setStatus } from "./store";

/** The platform saying no: answered as a KO envelope with this HTTP status. */
export class SimRefusal extends Error {
  constructor(message: string, readonly httpStatus = 409) {
    super(message);
  }
}

/**
 * ASSUMPTION (simulator): documents sent with adddocument's types (3.7) come back from documents with the
 * types of 3.10. AGREEMENT, REPORT and OTHER exist in both; PICTURE has no counterpart, so it comes back as
 * OTHER. Transport labels come back as TRANSPORT and quote files as QUOTE.
 */
const STORED_TYPE_OF_UPLOAD: Record<string, string> = { AGREEMENT: "AGREEMENT", REPORT: "REPORT", OTHER: "OTHER", PICTURE: "OTHER" };

export type SimRules = ReturnType<typeof createRules>;

export function createRules(store: SimStore, now: () => Date = () => new Date()) {
  function load(demandNumber: string): StoredDossier {
    const dossier = store.get(demandNumber);
    if (!dossier) throw new SimRefusal(`Dossier ${demandNumber} introuvable`, 404);
    return dossier;
  }

  function move(dossier: StoredDossier, code: StatusCode, comment: string | null, by: "centre" | "revendeur") {
    setStatus(dossier.record, code, comment);
    store.save(dossier);
    store.addHistory(dossier.record.demand_number, { status: code, comment: comment || null, by, at: platformDate(now()) });
  }

  /** 3.5: no follow-up before the accept, except PAD dossiers that already carry the supplier's agreement. */
  function assertCanUpdate(dossier: StoredDossier) {
    const { record } = dossier;
    if (record.current_status_code === "RMANOK") throw new SimRefusal("Le dossier a été refusé : il ne peut plus être mis à jour");
    const padWithAgreement = record.type === "PAD" && Boolean(record.agreement_number);
    if (!dossier.accepted && !padWithAgreement) {
      throw new SimRefusal("La demande n'est pas encore validée (route accept) : mise à jour impossible");
    }
  }

  function assertAt(dossier: StoredDossier, expected: StatusCode, action: string) {
    if (dossier.record.current_status_code !== expected) {
      throw new SimRefusal(`${action} impossible : le dossier est au statut ${dossier.record.current_status_code}, attendu ${expected}`);
    }
  }

  const ack = (dossier: StoredDossier) => ({ demand_number: dossier.record.demand_number, current_status_code: dossier.record.current_status_code });

  return {
    // --- The repair centre's routes (section 3) ---
    accept(body: AcceptRequest) {
      return store.transaction(() => {
        const dossier = load(body.demand_numero);
        assertAt(dossier, "RMAD", "Acceptation");
        dossier.accepted = true;
        dossier.record.agreement_number = body.agreement_numero;
        if (body.agreement_content) store.addDocument(body.demand_numero, "AGREEMENT", `accord-${body.agreement_numero}.pdf`, body.agreement_content, now());
        move(dossier, body.status_code ?? "RMAOK", body.status_comment || null, "centre");
        return ack(dossier);
      });
    },
    refuse(body: RefuseRequest) {
      return store.transaction(() => {
        const dossier = load(body.demand_numero);
        assertAt(dossier, "RMAD", "Refus");
        move(dossier, "RMANOK", body.reason, "centre");
        return ack(dossier);
      });
    },
    message(body: MessageRequest) {
      return store.transaction(() => {
        const dossier = load(body.demand_number);
        if (dossier.record.current_status_code === "RMANOK") throw new SimRefusal("Le dossier a été refusé");
        store.addMessage(body.demand_number, "centre", body.message, now());
        move(dossier, "INFSTT", body.message, "centre");
        return ack(dossier);
      });
    },
    status(body: StatusRequest) {
      return store.transaction(() => {
        const dossier = load(body.demand_number);
        assertCanUpdate(dossier);
        move(dossier, body.status_code, body.status_comment || null, "centre");
        return ack(dossier);
      });
    },
    tracking(body: TrackingRequest) {
      return store.transaction(() => {
        const dossier = load(body.demand_number);
        dossier.record.tracking_number = body.tracking_number;
        dossier.record.carrier_name = body.carrier_name;
        store.save(dossier);
        store.addDocument(body.demand_number, "TRANSPORT", `etiquette-${body.tracking_number}.pdf`, body.label_content, now());
        return ack(dossier);
      });
    },
    addDocument(body: AddDocumentRequest) {
      return store.transaction(() => {
        const dossier = load(body.demand_number);
        store.addDocument(body.demand_number, STORED_TYPE_OF_UPLOAD[body.type ?? "OTHER"] ?? "OTHER", body.file_name, body.file_content, now());
        return ack(dossier);
      });
    },
    quotation(body: QuotationRequest) {
      return store.transaction(() => {
        const dossier = load(body.demand_number);
        assertCanUpdate(dossier);
        store.addQuote(body.demand_number, body.quote_number, body.prestation, body.quote_comment ?? null, now());
        if (body.quote_file) store.addDocument(body.demand_number, "QUOTE", `devis-${body.quote_number}.pdf`, body.quote_file, now());
        dossier.record.quote_treatment = null;
        move(dossier, "EDE", body.quote_comment ?? null, "centre");
        return ack(dossier);
      });
    },
    retrieve: (status: StatusCode) => store.atStatus(status),
    documents(demandNumber: string) {
      load(demandNumber);
      return store.documents(demandNumber).map((d) => ({ type: d.type, file_name: d.fileName, file_content: d.contentBase64, date: d.createdAt }));
    },

    // --- The reseller's side, played through the control routes ---
    answerQuote(demandNumber: string, answer: "VDE" | "RDE", treatment?: "RETURN" | "DESTRUCT") {
      return store.transaction(() => {
        const dossier = load(demandNumber);
        assertAt(dossier, "EDE", "Réponse au devis");
        if (answer === "VDE") {
          dossier.record.quote_treatment = null;
          move(dossier, "VDE", "Devis validé par le client", "revendeur");
        } else {
          if (!treatment) throw new SimRefusal("Un refus de devis indique RETURN ou DESTRUCT", 400);
          dossier.record.quote_treatment = treatment;
          move(dossier, "RDE", RDE_COMMENTS[treatment], "revendeur");
        }
        return ack(dossier);
      });
    },
    answerInformation(demandNumber: string, text: string) {
      return store.transaction(() => {
        const dossier = load(demandNumber);
        assertAt(dossier, "INFSTT", "Réponse à la demande d'information");
        store.addMessage(demandNumber, "revendeur", text, now());
        move(dossier, "INFREV", text, "revendeur");
        return ack(dossier);
      });
    },
    createDossier(options: { type?: "REP" | "PAD"; resellerCode?: string; problemDescription?: string; clientName?: string }) {
      return store.transaction(() => {
        const seq = store.nextSeq();
        const dossier = newDossier(createRandom(SEED + seq * 7919), seq, { ...options, at: now() });
        if (options.problemDescription !== undefined) dossier.record.problem_description = options.problemDescription;
        if (options.clientName !== undefined) dossier.record.client_name = options.clientName;
        store.insert(dossier, seq);
        store.addHistory(dossier.record.demand_number, { status: "RMAD", comment: null, by: "revendeur", at: dossier.record.date! });
        return dossier.record;
      });
    },
    details(demandNumber: string) {
      const dossier = load(demandNumber);
      return {
        dossier: dossier.record,
        accepted: dossier.accepted,
        history: store.history(demandNumber),
        documents: store.documents(demandNumber).map((d) => ({ type: d.type, file_name: d.fileName, bytes: Buffer.from(d.contentBase64, "base64").length })),
      };
    },
    reset(count?: number) {
      store.transaction(() => {
        store.wipe();
        seedDemo(store, now(), count);
      });
    },
  };
}
