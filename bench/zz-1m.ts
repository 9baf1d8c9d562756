import { join } from "node:path";
import { openDatabase } from "@/db";
import { filterOptions, listDossiers } from "@/lib/dossiers/list-dossiers";
import { parseQueueFilters } from "@/lib/dossiers/queue-filters";
import { exactMatch, searchDossiers } from "@/lib/dossiers/search";
import { today } from "@/lib/home/today";
import { benchDir, generateMirror } from "./mirror";
import { sample } from "./stats";
async function main() {
  const path = join(benchDir(), "m.db");
  let t = Date.now();
  generateMirror(path, 1_000_000);
  console.log("generate s", ((Date.now() - t) / 1000).toFixed(1));
  const { db } = openDatabase(path);
  const aging = { warnDays: 7, alertDays: 14 };
  const parts: Record<string, () => unknown> = {
    queue: () => listDossiers(db, parseQueueFilters({}), aging, new Date(), 1),
    queuePhase: () => listDossiers(db, parseQueueFilters({ phase: "a-traiter" }), aging, new Date(), 1),
    filterOptions: () => filterOptions(db),
    search: () => searchDossiers(db, "samsung"),
    scan: () => exactMatch(db, "ACH-9001-0001"),
    today: () => today(db, { id: 1, manager: true }, aging),
  };
  for (const [name, fn] of Object.entries(parts)) console.log(name, (await sample(20, async () => fn())).p50.toFixed(1));
  process.exit(0);
}
void main();
