// Places at scale: 60 shelves, one dossier in three on one of them, and the queue filtered by a shelf's code
// rendered over HTTP, signed in.
import { inArray, sql } from "drizzle-orm";
import { execute, usesPostgres } from "@/db";
import { dossiers, locations } from "@/db/schema";
import { openBench } from "./database";
import type { AppServer } from "./server";
import { sample } from "./stats";

const SHELVES = 60;

export async function generateLocations(target: string) {
  const { db, close } = await openBench(target);
  const ids = (await db.insert(locations).values(Array.from({ length: SHELVES }, (_, i) => ({ code: `BANC-${String(i + 1).padStart(2, "0")}`, label: `Étagère banc ${i + 1}`, kind: "shelf" as const, createdAt: new Date() }))).returning({ id: locations.id })).map((l) => l.id);
  const numbers = (await db.select({ n: dossiers.demandNumber }).from(dossiers).orderBy(dossiers.demandNumber)).map((d) => d.n).filter((_, i) => i % 3 === 0);
  for (const [k, id] of ids.entries()) {
    const mine = numbers.filter((_, i) => i % SHELVES === k);
    for (let i = 0; i < mine.length; i += 500) await db.update(dossiers).set({ locationId: id }).where(inArray(dossiers.demandNumber, mine.slice(i, i + 500)));
  }
  if (usesPostgres()) await execute(db, sql`ANALYZE`);
  await close();
  return { placed: numbers.length };
}

export async function renderLocations(server: AppServer) {
  for (let i = 0; i < 3; i++) await server.get("/dossiers?location=BANC-07");
  return sample(60, (i) => server.get(`/dossiers?location=BANC-${String(1 + (i % SHELVES)).padStart(2, "0")}`));
}
