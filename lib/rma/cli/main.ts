// Integrators' CLI: the same client and configuration as the app, JSON on stdout.
//   npm run rma -- retrieve --status RMAD
//   npm run rma -- documents ACH-9001-0001
// Run with `npm run rma -- help` for every sub-command.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { config } from "../../config/env";
import { parsePriceToCents } from "../../money";
import { createRmaClient } from "../client";
import { isCentreStatusCode, isStatusCode, TRACKING_TYPES, UPLOAD_DOCUMENT_TYPES, type TrackingType, type UploadDocumentType } from "../constants";
import { isRmaError } from "../errors";
import type { QuoteLine } from "../model";
import { frOps } from "@/lib/i18n/fr-ops";

const USAGE = frOps.cli.usage;

class UsageError extends Error {}

function need(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`option manquante : ${name}`);
  return value;
}

function parseLine(raw: string): QuoteLine {
  const [label, quantity, price] = raw.split(";");
  const cents = price === undefined ? null : parsePriceToCents(price);
  if (!label || !/^[1-9]\d*$/.test(quantity ?? "") || cents === null) throw new UsageError(`ligne de devis illisible : ${raw}`);
  return { label, quantity: Number(quantity), unitPriceCents: cents };
}

async function main(argv: string[]): Promise<unknown> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      status: { type: "string" }, agreement: { type: "string" }, file: { type: "string" },
      "next-status": { type: "string" }, comment: { type: "string" }, reason: { type: "string" },
      text: { type: "string" }, code: { type: "string" }, "tracking-number": { type: "string" },
      carrier: { type: "string" }, direction: { type: "string" }, label: { type: "string" },
      type: { type: "string" }, "quote-number": { type: "string" }, line: { type: "string", multiple: true },
    },
  });
  const [command, demandNumber = ""] = positionals;
  const client = createRmaClient({ ...config().rma, log: (line) => process.stderr.write(`${line}\n`) });
  const file = (path: string | undefined) => (path ? new Uint8Array(readFileSync(path)) : undefined);
  switch (command) {
    case "token":
      await client.token();
      return { ok: true, baseUrl: config().rma.baseUrl };
    case "retrieve": {
      const status = need(values.status, "--status");
      if (!isStatusCode(status)) throw new UsageError(frOps.cli.unknownStatus(status));
      return client.retrieveRequests(status);
    }
    case "documents":
      return (await client.documents(need(demandNumber, "NUMERO"))).map((d) => ({
        type: d.type, fileName: d.fileName, date: d.date, bytes: d.content.length,
      }));
    case "accept": {
      const next = values["next-status"];
      if (next && !isCentreStatusCode(next)) throw new UsageError(frOps.cli.forbiddenStatus(next));
      return client.accept({
        demandNumber, agreementNumber: need(values.agreement, "--agreement"), agreementFile: file(values.file),
        nextStatus: next && isCentreStatusCode(next) ? next : undefined, comment: values.comment,
      });
    }
    case "refuse":
      return client.refuse({ demandNumber, reason: need(values.reason, "--reason") });
    case "message":
      return client.message({ demandNumber, message: need(values.text, "--text") });
    case "status": {
      const code = need(values.code, "--code");
      if (!isCentreStatusCode(code)) throw new UsageError(frOps.cli.notCentreStatus(code));
      return client.status({ demandNumber, statusCode: code, comment: values.comment });
    }
    case "tracking": {
      const direction = need(values.direction, "--direction");
      if (!(TRACKING_TYPES as readonly string[]).includes(direction)) throw new UsageError(`sens inconnu : ${direction}`);
      return client.tracking({
        demandNumber, trackingNumber: need(values["tracking-number"], "--tracking-number"),
        carrierName: need(values.carrier, "--carrier"), direction: direction as TrackingType,
        label: file(need(values.label, "--label")) as Uint8Array,
      });
    }
    case "add-document": {
      const path = need(values.file, "--file");
      const type = values.type;
      if (type && !(UPLOAD_DOCUMENT_TYPES as readonly string[]).includes(type)) throw new UsageError(`type inconnu : ${type}`);
      return client.addDocument({ demandNumber, fileName: basename(path), content: file(path) as Uint8Array, type: type as UploadDocumentType | undefined });
    }
    case "quotation":
      return client.quotation({
        demandNumber, quoteNumber: need(values["quote-number"], "--quote-number"),
        lines: (values.line ?? []).map(parseLine), quoteFile: file(values.file), comment: values.comment,
      });
    default:
      throw new UsageError(command ? `commande inconnue : ${command}` : "commande manquante");
  }
}

main(process.argv.slice(2)).then(
  (result) => process.stdout.write(`${JSON.stringify(result ?? null, null, 2)}\n`),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (isRmaError(error)) {
      const { kind, route, httpStatus, platformMessage, field } = error;
      process.stdout.write(`${JSON.stringify({ error: { kind, route, httpStatus, platformMessage, field } }, null, 2)}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
