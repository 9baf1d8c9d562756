import "server-only";
// The environment, read and checked once. A bad value stops the process with one message naming the
// variable; a value is never echoed, so a secret cannot end up in a log.
import { z } from "zod";
import { platformUrl } from "./platform-url";
import { frOps } from "@/lib/i18n/fr-ops";

export const SIMULATOR_CLIENT_ID = "simulateur";
export const SIMULATOR_CLIENT_SECRET = "simulateur-secret";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const schema = z
  .object({
    RMA_API_BASE_URL: z.preprocess(emptyAsUndefined, platformUrl.optional()),
    RMA_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
    RMA_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
    RMA_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt(15_000)),
    SIMULATOR_PORT: z.preprocess(emptyAsUndefined, positiveInt(4010)),
    DATABASE_PATH: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
    DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^postgres(ql)?:\/\/\S+$/i, frOps.config.postgresUrl).optional()),
    NODE_ENV: z.string().optional(),
    ATELIER_DEMO: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).optional()),
    ATELIER_NO_SESSIONS: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).optional()),
    TRUSTED_PROXIES: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^(\d{1,2}|[0-9a-fA-F.:]+(\s*,\s*[0-9a-fA-F.:]+)*)$/, frOps.config.proxies)
        .optional(),
    ),
    AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, frOps.config.secret32).optional()),
    SYNC_INTERVAL_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(120_000)),
    // ASSUMPTION: the document sets no limit on parallel calls; 12 reads at a time, the 24 statuses in two
    // rounds every two minutes, is a load any web API takes (two browser tabs open as many connections), and
    // 429 + Retry-After is honoured if it comes.
    SYNC_CONCURRENCY: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(24).default(12)),
    // "Actualiser": a sync that started this recently is shared rather than repeated, and each person may
    // start this many a minute (a centre three times as many). Tests that change the simulator and read
    // the change back at once set the first to 0.
    SYNC_SHARE_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(5_000)),
    SYNC_REQUESTS_PER_MINUTE: z.preprocess(emptyAsUndefined, positiveInt(6)),
    AGING_WARN_DAYS: z.preprocess(emptyAsUndefined, positiveInt(7)),
    AGING_ALERT_DAYS: z.preprocess(emptyAsUndefined, positiveInt(14)),
    UPLOAD_MAX_BYTES: z.preprocess(emptyAsUndefined, positiveInt(10 * 1024 * 1024)),
    OUTBOX_INTERVAL_MS: z.preprocess(emptyAsUndefined, positiveInt(3_000)),
    // Every PDF is drawn in a worker thread under these bounds; past them, the route answers 503.
    PDF_RENDER_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt(10_000)),
    PDF_RENDER_MEMORY_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(16).max(4_096).default(256)),
    OUTBOX_LEASE_MS: z.preprocess(emptyAsUndefined, positiveInt(120_000)),
    PUSH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, frOps.config.secret32).optional()),
    SMTP_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^smtps?$/, message: frOps.config.smtpUrl }).optional()),
    MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().min(3).max(200).optional()),
    MAIL_DIGEST_MINUTES: z.preprocess(emptyAsUndefined, positiveInt(15)),
    // Seals each added centre's client secret (AES-256-GCM); the previous keys open what is not yet re-sealed.
    ATELIER_SECRET_KEY: z.preprocess(emptyAsUndefined, z.string().min(32, frOps.config.secret32).optional()),
    ATELIER_SECRET_KEY_PREVIOUS: z.preprocess(emptyAsUndefined, z.string().regex(/^[^,]{32,}(,[^,]{32,})*$/, frOps.config.previousKeys).optional()),
    APP_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
    // Backups (lib/backup): where they go; a period ("24h", "30m", "7d") turns the scheduled one on.
    BACKUP_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
    BACKUP_EVERY: z.preprocess(emptyAsUndefined, z.string().regex(/^\d+\s*[mhd]$/i, frOps.config.backupEvery).optional()),
    BACKUP_KEEP: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1_000).default(7)),
    // Encrypts every archive (AES-256-GCM, key derived by scrypt); kept apart from the backups, never in them.
    BACKUP_KEY: z.preprocess(emptyAsUndefined, z.string().min(16, frOps.config.atLeast16).optional()),
    // /api/metrics is off unless set, and then answers only a scraper that sends it as a bearer token.
    METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, frOps.config.atLeast16).optional()),
  })
  .superRefine((env, ctx) => {
    // A blank platform URL in production would open a demo, with published passwords: only on purpose.
    if (!env.RMA_API_BASE_URL && env.NODE_ENV === "production" && env.ATELIER_DEMO !== "1") {
      ctx.addIssue({ code: "custom", path: ["RMA_API_BASE_URL"], message: frOps.config.platformInProduction });
    }
    if (env.BACKUP_EVERY && !env.BACKUP_DIR) ctx.addIssue({ code: "custom", path: ["BACKUP_DIR"], message: frOps.config.backupDir });
    if (env.SMTP_URL && !env.MAIL_FROM) ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: frOps.config.mailFrom });
    if (!env.RMA_API_BASE_URL) return;
    // The terminal's platform client (npm run rma) signs no session: it needs no AUTH_SECRET.
    const required: Array<"RMA_CLIENT_ID" | "RMA_CLIENT_SECRET" | "AUTH_SECRET"> = ["RMA_CLIENT_ID", "RMA_CLIENT_SECRET", ...(env.ATELIER_NO_SESSIONS === "1" ? [] : (["AUTH_SECRET"] as const))];
    for (const key of required) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: frOps.config.platformCredential });
    }
  });

export interface AppConfig {
  mode: "simulator" | "platform";
  rma: { baseUrl: string; clientId: string; clientSecret: string; timeoutMs: number };
  databasePath: string;
  /** PostgreSQL (several instances, several centres); unset: the SQLite file at databasePath. */
  databaseUrl: string | undefined;
  /** Which hops of X-Forwarded-For to trust: none (the socket address), a count, or the proxies' addresses. */
  trustedProxies: number | string[];
  authSecret: string | undefined;
  /** 0 turns the periodic sync off (it still runs at start and on demand). */
  sync: { intervalMs: number; concurrency: number; shareMs: number; requestsPerMinute: number };
  /** Days without a status change before a dossier is flagged, then flagged red. */
  aging: { warnDays: number; alertDays: number };
  /** Largest file a technician may upload, in bytes. */
  uploadMaxBytes: number;
  /** The bounds of one PDF's drawing (lib/pdf/bounded.ts). */
  pdf: { timeoutMs: number; memoryMb: number };
  /** How often the outbox worker looks for commands to (re)send. */
  outboxIntervalMs: number;
  /** How long a process holds a command it is sending before another may take it over. */
  outboxLeaseMs: number;
  /** Shared secret of PUSH mode (HMAC of each pushed body); unset: the push endpoint is off. */
  pushSecret: string | undefined;
  /** E-mail digests; no SMTP URL: no e-mail at all, and no error. */
  mail: { smtpUrl: string; from: string; digestMinutes: number } | null;
  /** The address people open Atelier at, for links in e-mails. */
  appUrl: string;
  /** The key that seals centres' client secrets, and the previous ones during a rotation. */
  secretKeys: { current: string | undefined; previous: string[] };
  /** Backups: their folder, the scheduled one's period (null: off), how many it keeps, the encryption key. */
  backup: { dir: string | undefined; everyMs: number | null; keep: number; key: string | undefined };
  /** The bearer token /api/metrics asks for; unset, the route is off. */
  metricsToken: string | undefined;
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** "24h" → 86 400 000. */
const periodMs = (period: string) => Number(period.slice(0, -1).trim()) * UNIT_MS[period.slice(-1).toLowerCase() as keyof typeof UNIT_MS];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function parseConfig(source: Record<string, string | undefined>): AppConfig {
  const result = schema.safeParse(source);
  if (!result.success) {
    // Only the variable's name and the rule it breaks: zod's messages never include the value here.
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")} : ${issue.message}`));
  }
  const env = result.data;
  const simulator = !env.RMA_API_BASE_URL;
  return {
    mode: simulator ? "simulator" : "platform",
    rma: {
      baseUrl: env.RMA_API_BASE_URL ?? `http://127.0.0.1:${env.SIMULATOR_PORT}/api/`,
      clientId: env.RMA_CLIENT_ID ?? SIMULATOR_CLIENT_ID,
      clientSecret: env.RMA_CLIENT_SECRET ?? SIMULATOR_CLIENT_SECRET,
      timeoutMs: env.RMA_TIMEOUT_MS,
    },
    // The demo has its own file by default: its accounts never land in the database production uses.
    databasePath: env.DATABASE_PATH ?? (simulator ? "data/atelier-demo.db" : "data/atelier.db"),
    databaseUrl: env.DATABASE_URL,
    trustedProxies: !env.TRUSTED_PROXIES ? 0 : /^\d+$/.test(env.TRUSTED_PROXIES) ? Number(env.TRUSTED_PROXIES) : env.TRUSTED_PROXIES.split(",").map((a) => a.trim()),
    authSecret: env.AUTH_SECRET,
    sync: { intervalMs: env.SYNC_INTERVAL_MS, concurrency: env.SYNC_CONCURRENCY, shareMs: env.SYNC_SHARE_MS, requestsPerMinute: env.SYNC_REQUESTS_PER_MINUTE },
    aging: { warnDays: env.AGING_WARN_DAYS, alertDays: env.AGING_ALERT_DAYS },
    uploadMaxBytes: env.UPLOAD_MAX_BYTES,
    pdf: { timeoutMs: env.PDF_RENDER_TIMEOUT_MS, memoryMb: env.PDF_RENDER_MEMORY_MB },
    outboxIntervalMs: env.OUTBOX_INTERVAL_MS,
    outboxLeaseMs: env.OUTBOX_LEASE_MS,
    pushSecret: env.PUSH_SECRET,
    mail: env.SMTP_URL && env.MAIL_FROM ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, digestMinutes: env.MAIL_DIGEST_MINUTES } : null,
    secretKeys: { current: env.ATELIER_SECRET_KEY, previous: env.ATELIER_SECRET_KEY_PREVIOUS?.split(",") ?? [] },
    metricsToken: env.METRICS_TOKEN,
    backup: { dir: env.BACKUP_DIR, everyMs: env.BACKUP_EVERY ? periodMs(env.BACKUP_EVERY) : null, keep: env.BACKUP_KEEP, key: env.BACKUP_KEY },
    appUrl: (env.APP_URL ?? `http://localhost:${source.PORT ?? 3000}`).replace(/\/$/, ""),
  };
}

let cached: AppConfig | undefined;

/** The process's configuration, checked on first use. */
export function config(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
