import "server-only";
// One outbox command on the wire, through lib/rma.
import type { RmaClient } from "@/lib/rma/client";
import type { OutboxCommand } from "./payloads";

const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

export async function deliver(client: RmaClient, demandNumber: string, command: OutboxCommand): Promise<void> {
  switch (command.kind) {
    case "accept": {
      const p = command.payload;
      await client.accept({ demandNumber, agreementNumber: p.agreementNumber, agreementFile: p.agreementFile && bytes(p.agreementFile.base64), nextStatus: p.nextStatus, comment: p.comment });
      return;
    }
    case "refuse":
      await client.refuse({ demandNumber, reason: command.payload.reason });
      return;
    case "message":
      await client.message({ demandNumber, message: command.payload.message });
      return;
    case "status":
      await client.status({ demandNumber, statusCode: command.payload.statusCode, comment: command.payload.comment });
      return;
    case "tracking": {
      const p = command.payload;
      await client.tracking({ demandNumber, trackingNumber: p.trackingNumber, carrierName: p.carrierName, direction: p.direction, label: bytes(p.label.base64) });
      return;
    }
    case "document":
      await client.addDocument({ demandNumber, fileName: command.payload.file.name, content: bytes(command.payload.file.base64), type: command.payload.type });
      return;
    case "quotation": {
      const p = command.payload;
      await client.quotation({ demandNumber, quoteNumber: p.quoteNumber, lines: p.lines, quoteFile: p.quoteFile && bytes(p.quoteFile.base64), comment: p.comment });
      return;
    }
  }
}

/**
 * The status a command leaves the dossier at, where the document says so: accept (3.2, RMAOK or the given
 * next status), refuse (RMANOK), status (3.5). A message or a quote states none: nothing is assumed.
 */
export function expectedStatus(command: OutboxCommand) {
  switch (command.kind) {
    case "accept":
      return command.payload.nextStatus ?? "RMAOK";
    case "refuse":
      return "RMANOK";
    case "status":
      return command.payload.statusCode;
    default:
      return null;
  }
}
