// Starts the embedded RMA Manager simulator: `npm run simulator` (or with the app: `npm run dev`).
import { z } from "zod";
import { PROFILES } from "./profiles";
import { createSimulator } from "./server";

const env = z
  .object({
    SIMULATOR_PORT: z.coerce.number().int().positive().default(4010),
    SIM_CLIENT_ID: z.string().min(1).default("simulateur"),
    SIM_CLIENT_SECRET: z.string().min(1).default("simulateur-secret"),
    SIM_TOKEN_TTL: z.coerce.number().int().positive().default(3600),
    SIM_LATENCY_MS: z.coerce.number().int().min(0).default(300),
    SIM_ERROR_RATE: z.coerce.number().min(0).max(1).default(0),
    SIM_HANG_RATE: z.coerce.number().min(0).max(1).default(0),
    SIM_MALFORMED_RATE: z.coerce.number().min(0).max(1).default(0),
    SIM_HANG_AFTER_RATE: z.coerce.number().min(0).max(1).default(0),
    SIM_BUSY_RATE: z.coerce.number().min(0).max(1).default(0),
    SIM_APPLIED_ERROR_RATE: z.coerce.number().min(0).max(1).default(0),
    SIM_RESET_AFTER_RATE: z.coerce.number().min(0).max(1).default(0),
    SIM_PROFILE: z.enum(PROFILES).default("strict"),
    SIM_DB_PATH: z.string().min(1).default("data/simulator.db"),
    SIM_DOSSIERS: z.coerce.number().int().min(0).default(300),
    SIM_FIRST_SEQ: z.coerce.number().int().min(1).max(9000).default(1),
  })
  .safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")));

if (!env.success) {
  console.error(`Configuration du simulateur invalide :\n${env.error.issues.map((i) => `  - ${i.path.join(".")} : ${i.message}`).join("\n")}`);
  process.exit(1);
}

const simulator = createSimulator({
  dbPath: env.data.SIM_DB_PATH,
  clientId: env.data.SIM_CLIENT_ID,
  clientSecret: env.data.SIM_CLIENT_SECRET,
  tokenTtlSeconds: env.data.SIM_TOKEN_TTL,
  dossierCount: env.data.SIM_DOSSIERS,
  firstSeq: env.data.SIM_FIRST_SEQ,
  profile: env.data.SIM_PROFILE,
  faults: {
    latencyMs: env.data.SIM_LATENCY_MS,
    errorRate: env.data.SIM_ERROR_RATE,
    hangRate: env.data.SIM_HANG_RATE,
    malformedRate: env.data.SIM_MALFORMED_RATE,
    hangAfterRate: env.data.SIM_HANG_AFTER_RATE,
    busyRate: env.data.SIM_BUSY_RATE,
    appliedErrorRate: env.data.SIM_APPLIED_ERROR_RATE,
    resetAfterRate: env.data.SIM_RESET_AFTER_RATE,
    resellerMovesRate: 0,
    onlyRoutes: [],
  },
});

simulator.listen(env.data.SIMULATOR_PORT).then(
  (url) => console.log(`Simulateur RMA Manager prêt sur ${url}/api/ (${simulator.store.count()} dossiers, profil ${env.data.SIM_PROFILE}, latence ${env.data.SIM_LATENCY_MS} ms)`),
  (error: unknown) => {
    console.error(`Le simulateur n'a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

const stop = () => {
  void simulator.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
