import "server-only";
// After a write whose outcome is unknown (no answer after the request may have left), look at the platform
// before sending it again: sending twice is worse than asking once more.
import type { RmaClient } from "@/lib/rma/client";
import { expectedStatus } from "./deliver";
import type { OutboxCommand } from "./payloads";

export type Verdict = "applied" | "not-applied" | "undecidable";

export async function verifyApplied(client: RmaClient, demandNumber: string, command: OutboxCommand, currentStatus: string | null): Promise<Verdict> {
  try {
    const status = expectedStatus(command);
    if (status) {
      const atStatus = await client.retrieveRequests(status);
      return atStatus.some((d) => d.demandNumber === demandNumber) ? "applied" : "not-applied";
    }
    if (command.kind === "tracking") {
      if (!currentStatus) return "undecidable";
      const list = await client.retrieveRequests(currentStatus as Parameters<RmaClient["retrieveRequests"]>[0]);
      const dossier = list.find((d) => d.demandNumber === demandNumber);
      if (!dossier) return "undecidable";
      return dossier.trackingNumber === command.payload.trackingNumber ? "applied" : "not-applied";
    }
    if (command.kind === "document") {
      const documents = await client.documents(demandNumber);
      const { name, bytes } = command.payload.file;
      return documents.some((d) => d.fileName === name && d.content.length === bytes) ? "applied" : "not-applied";
    }
    return "undecidable";
  } catch {
    return "undecidable";
  }
}
