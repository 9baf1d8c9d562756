// `npm run centre:add` and `npm run centre:rekey`, run as the operator runs them (real processes, secrets on
// standard input), against the engine of the project: the centre, its sealed secret, its database and its
// first admin; bad input refused with the option's name and nothing written; the secret never printed.
import { spawn } from "node:child_process";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openAt, usesPostgres } from "@/db";
import { centres, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { open } from "@/lib/tenancy/secret-box";
import { listCentres } from "@/lib/tenancy/registry";
import { freshDatabase, type TestDatabase } from "../support/database";

const KEY = "une-clé-de-test-assez-longue-pour-sceller-0001";
const NEW_KEY = "une-autre-clé-de-test-assez-longue-pour-sceller-2";
const SECRET = "Secret-Client-Lyon-42";
const PASSWORD = "mot-de-passe-du-chef-lyon";
const ARGS = ["--slug", "lyon", "--name", "Atelier Lyon", "--url", "https://rma.example/api/", "--client-id", "lyon-client", "--admin-email", "chef@lyon.fr", "--admin-name", "Chef Lyon"];

let main: TestDatabase;
beforeEach(async () => {
  main = await freshDatabase();
});
afterEach(() => main.close());

function run(script: string, args: string[], stdin: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", `scripts/${script}.ts`, ...args], {
      env: {
        ...process.env,
        RMA_API_BASE_URL: "",
        ...(usesPostgres() ? { DATABASE_URL: main.url } : { DATABASE_URL: "", DATABASE_PATH: main.url }),
        ATELIER_SECRET_KEY: KEY,
        ...env,
      },
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    child.on("close", (code) => resolve({ code, out }));
    child.stdin.end(stdin);
  });
}

describe("npm run centre:add", () => {
  it("adds the centre with its secret sealed, its own database and its first admin; prints no secret", async () => {
    const added = await run("centre-add", ARGS, `${SECRET}\n${PASSWORD}\n`);
    expect(added.out).toContain("Centre ajouté : lyon (Atelier Lyon)");
    expect(added.code).toBe(0);
    expect(added.out).not.toContain(SECRET);
    expect(added.out).not.toContain(PASSWORD);

    const [row] = await listCentres(main.db);
    expect(row).toMatchObject({ slug: "lyon", name: "Atelier Lyon", baseUrl: "https://rma.example/api/", clientId: "lyon-client" });
    expect(row!.secretSealed).not.toContain(SECRET);
    expect(row!.secretSealed).not.toContain(Buffer.from(SECRET).toString("base64").slice(0, 12));
    expect(open(row!.secretSealed, "lyon", [KEY])).toBe(SECRET);

    // The admin is the centre's, not the main database's.
    expect(await main.db.select().from(users).where(eq(users.email, "chef@lyon.fr"))).toEqual([]);
    const centre = await openAt(main.url, 5, row!.id);
    try {
      expect(await authenticate(centre.db, { email: "chef@lyon.fr", password: PASSWORD, ip: "10.0.0.9", mode: "platform" })).toMatchObject({ ok: true, user: { role: "admin", name: "Chef Lyon" } });
    } finally {
      await centre.close();
    }
  });

  it("refuses bad input, a second centre of one slug, or no key, naming what is wrong, and writes nothing", async () => {
    const badSlug = await run("centre-add", ARGS.map((a) => (a === "lyon" ? "Lyon Centre!" : a)), `${SECRET}\n${PASSWORD}\n`);
    expect(badSlug.code).toBe(1);
    expect(badSlug.out).toContain("--slug : 2 à 31 caractères");
    const badUrl = await run("centre-add", ARGS.map((a) => (a.startsWith("https://") ? "ftp://rma.example" : a)), `${SECRET}\n${PASSWORD}\n`);
    expect(badUrl.out).toContain("--url :");
    const noKey = await run("centre-add", ARGS, `${SECRET}\n${PASSWORD}\n`, { ATELIER_SECRET_KEY: "" });
    expect(noKey.code).toBe(1);
    expect(noKey.out).toContain("ATELIER_SECRET_KEY est requis");
    const shortPassword = await run("centre-add", ARGS, `${SECRET}\ncourt\n`);
    expect(shortPassword.out).toContain("mot de passe :");
    expect(await main.db.select().from(centres)).toEqual([]);

    expect((await run("centre-add", ARGS, `${SECRET}\n${PASSWORD}\n`)).code).toBe(0);
    const twice = await run("centre-add", ARGS, `${SECRET}\n${PASSWORD}\n`);
    expect(twice.code).toBe(1);
    expect(twice.out).toContain("un centre « lyon » existe déjà");
    expect(await main.db.select().from(centres)).toHaveLength(1);
  });
});

describe("npm run centre:rekey", () => {
  it("seals every secret again under the new key, after which the old key is not needed", async () => {
    expect((await run("centre-add", ARGS, `${SECRET}\n${PASSWORD}\n`)).code).toBe(0);
    const before = (await listCentres(main.db))[0]!.secretSealed;
    // Without the previous key, the new one cannot open what the old one sealed.
    const blind = await run("centre-rekey", [], "", { ATELIER_SECRET_KEY: NEW_KEY });
    expect(blind.code).toBe(1);
    expect((await listCentres(main.db))[0]!.secretSealed).toBe(before);

    const rekeyed = await run("centre-rekey", [], "", { ATELIER_SECRET_KEY: NEW_KEY, ATELIER_SECRET_KEY_PREVIOUS: KEY });
    expect(rekeyed.code).toBe(0);
    expect(rekeyed.out).toContain("1 secret(s) scellé(s) sous la nouvelle clé");
    const after = (await listCentres(main.db))[0]!.secretSealed;
    expect(open(after, "lyon", [NEW_KEY])).toBe(SECRET);
    expect(() => open(after, "lyon", [KEY])).toThrow();
    // A second run has nothing left to do.
    expect((await run("centre-rekey", [], "", { ATELIER_SECRET_KEY: NEW_KEY, ATELIER_SECRET_KEY_PREVIOUS: KEY })).out).toContain("0 secret(s)");
  });
});
