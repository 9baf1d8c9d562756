// After a change of ATELIER_SECRET_KEY: every centre's client secret sealed again under the new key.
//   ATELIER_SECRET_KEY=<new> ATELIER_SECRET_KEY_PREVIOUS=<old> npm run centre:rekey
import { mainDb, prepareDatabase } from "@/lib/tenancy/databases";
import { config } from "@/lib/config/env";
import { resealCentres } from "@/lib/tenancy/registry";
import { run } from "./lib/terminal";

run(async () => {
  await prepareDatabase();
  const resealed = await resealCentres(mainDb(), config().secretKeys);
  console.log(`${resealed} secret(s) scellé(s) sous la nouvelle clé ; ATELIER_SECRET_KEY_PREVIOUS peut être retiré.`);
});
