// The platform's behaviour, as sections 3 and 4 of the document describe it, on the simulator's store,
// under a profile (simulator/profiles.ts) for what the document leaves open.
import type { Profile } from "./profiles";
import { rulesOf } from "./profiles";
import { createRandom, newDossier, RDE_COMMENTS, seedDemo, SEED } from "./seed";
import type { SimStore, StoredDossier } from "./store";
import { platformDate, setStatus } from "./store";
import type { SimAccept, SimAddDocument, SimMessage, SimQuotation, SimRefuse, SimStatus, SimTracking } from "./wire-schemas";

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

export function createRules(store: SimStore, now: () => Date = () => new Date(), profile: () => Profile = () => "strict") {
  function load(demandNumber: string): StoredDossier {
    const dossier = store.get(demandNumber);
    if (!dossier) throw new SimRefusal(`Dossier ${demandNumber} introuvable`, 404);
    return dossier;
  }

  function move(dossier: StoredDossier, code: string, comment: string | null, by: "centre" | "revendeur") {
    setStatus(dossier.record, code, comment);
    store.save(dossier);
    store.addHistory(dossier.record.demand_number, { status: code, comment: comment || null, by, at: platformDate(now()) });
  }

  /** Section 4 "PAD/PMS": a dossier that is not a repair and carries the supplier's agreement. */
  const padLike = (dossier: StoredDossier) => dossier.record.type !== "REP" && Boolean(dossier.record.agreement_number);

  /** 3.5: no follow-up before the accept, except dossiers that already carry the supplier's agreement. */
  function assertCanUpdate(dossier: StoredDossier) {
    if (dossier.record.current_status_code === "RMANOK") throw new SimRefusal("Le dossier a été refusé : il ne peut plus être mis à jour");
    if (!dossier.accepted && !padLike(dossier)) throw new SimRefusal("La demande n'est pas encore validée (route accept) : mise à jour impossible");
  }

  function assertAt(dossier: StoredDossier, expected: string, action: string) {
    if (dossier.record.current_status_code !== expected) {
      throw new SimRefusal(`${action} impossible : le dossier est au statut ${dossier.record.current_status_code}, attendu ${expected}`);
    }
  }

  const ack = (dossier: StoredDossier) => ({ demand_number: dossier.record.demand_number, current_status_code: dossier.record.current_status_code });

  return {
    // --- The repair centre's routes (section 3) ---
    accept(body: SimAccept) {
      return store.transaction(() => {
        const dossier = load(body.demand_numero);
        assertAt(dossier, "RMAD", "Acceptation");
        dossier.accepted = true;
        dossier.record.agreement_number = body.agreement_numero;
        if (body.agreement_content) store.addDocument(body.demand_numero, "AGREEMENT", `accord-${body.agreement_numero}.pdf`, body.agreement_content, now());
        move(dossier, body.status_code || "RMAOK", body.status_comment || null, "centre");
        return ack(dossier);
      });
    },
    refuse(body: SimRefuse) {
      return store.transaction(() => {
        const dossier = load(body.demand_numero);
        assertAt(dossier, "RMAD", "Refus");
        move(dossier, "RMANOK", body.reason, "centre");
        return ack(dossier);
      });
    },
    /** 3.4, usable before the accept ("demander la correction du numéro de série"). */
    message(body: SimMessage) {
      return store.transaction(() => {
        const dossier = load(body.demand_number);
        if (dossier.record.current_status_code === "RMANOK") throw new SimRefusal("Le dossier a été refusé");
        store.addMessage(body.demand_number, "centre", body.text, now());
        // Under `strict`, an accepted dossier waits for the reseller at INFSTT; a new one stays at RMAD so
        // that it can still be accepted once corrected.
        if (rulesOf(profile()).messageMovesToInfstt && (dossier.accepted || padLike(dossier))) move(dossier, "INFSTT", body.text, "centre");
        return ack(dossier);
      });
    },
    status(body: SimStatus) {
      return store.transaction(() => {
        const dossier = load(body.demand_number);
        assertCanUpdate(dossier);
        move(dossier, body.status_code, body.comment, "centre");
        return ack(dossier);
      });
    },
    tracking(body: SimTracking) {
      return store.transaction(() => {
        const dossier = load(body.demand_number);
        dossier.record.tracking_number = body.tracking_number;
        dossier.record.carrier_name = body.carrier_name;
        store.save(dossier);
        store.addDocument(body.demand_number, "TRANSPORT", `etiquette-${body.tracking_number}.pdf`, body.label_content, now());
        return ack(dossier);
      });
    },
    addDocument(body: SimAddDocument) {
      return store.transaction(() => {
        const dossier = load(body.demand_number);
        store.addDocument(body.demand_number, STORED_TYPE_OF_UPLOAD[body.type ?? "OTHER"] ?? "OTHER", body.file_name, body.file_content, now());
        return ack(dossier);
      });
    },
    quotation(body: SimQuotation) {
      return store.transaction(() => {
        const dossier = load(body.demand_number);
        assertCanUpdate(dossier);
        store.addQuote(body.demand_number, body.quote_number, body.prestation, body.quote_comment ?? null, now());
        if (body.quote_file) store.addDocument(body.demand_number, "QUOTE", `devis-${body.quote_number}.pdf`, body.quote_file, now());
        dossier.record.quote_treatment = null;
        if (rulesOf(profile()).quoteMovesToEde) move(dossier, "EDE", body.quote_comment ?? null, "centre");
        else store.save(dossier);
        return ack(dossier);
      });
    },
    retrieve: (status: string) => store.atStatus(status),
    documents(demandNumber: string) {
      load(demandNumber);
      return store.documents(demandNumber).map((d) => ({ type: d.type, file_name: d.fileName, file_content: d.contentBase64, date: d.createdAt }));
    },

    // --- The reseller's side, played through the control routes ---
    answerQuote(demandNumber: string, answer: "VDE" | "RDE", treatment?: "RETURN" | "DESTRUCT") {
      return store.transaction(() => {
        const dossier = load(demandNumber);
        if (dossier.record.current_status_code !== "EDE" && !store.hasOpenQuote(demandNumber)) {
          throw new SimRefusal(`Réponse au devis impossible : aucun devis en attente (statut ${dossier.record.current_status_code})`);
        }
        store.closeQuotes(demandNumber);
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
        const waiting = dossier.record.current_status_code === "INFSTT";
        if (!waiting && !store.hasOpenMessage(demandNumber)) throw new SimRefusal("Réponse impossible : aucune demande d'information en attente");
        store.addMessage(demandNumber, "revendeur", text, now());
        store.closeMessages(demandNumber);
        // INFREV follows INFSTT; a question asked at RMAD gets its answer as a comment, and RMAD stays.
        if (waiting) move(dossier, "INFREV", text, "revendeur");
        else {
          dossier.record.current_status_comment = text;
          store.save(dossier);
        }
        return ack(dossier);
      });
    },
    createDossier(options: { type?: "REP" | "PAD"; resellerCode?: string; problemDescription?: string; clientName?: string; agreementNumber?: string; serialNumber?: string }) {
      return store.transaction(() => {
        const seq = store.nextSeq();
        const dossier = newDossier(createRandom(SEED + seq * 7919), seq, { ...options, at: now() });
        if (options.problemDescription !== undefined) dossier.record.problem_description = options.problemDescription;
        if (options.clientName !== undefined) dossier.record.client_name = options.clientName;
        if (options.agreementNumber !== undefined) dossier.record.agreement_number = options.agreementNumber;
        if (options.serialNumber !== undefined) dossier.record.serial_number = options.serialNumber;
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
        quotes: store.quotes(demandNumber),
        messages: store.messages(demandNumber),
        openQuote: store.hasOpenQuote(demandNumber),
        openMessage: store.hasOpenMessage(demandNumber),
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
