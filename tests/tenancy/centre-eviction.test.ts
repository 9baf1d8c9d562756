// A centre removed or re-created in the registry, by another process: this one stops serving the old centre
// within its re-check interval (5 s), without a restart. Removed: no centre (its sessions end); re-created:
// built again from the new row (its new platform URL), not the cached client.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usesPostgres } from "@/db";
import { centres } from "@/db/schema";
import { addCentre } from "@/lib/tenancy/registry";
import { freshDatabase, type TestDatabase } from "../support/database";

const KEY = "k".repeat(40);
const input = (slug: string, baseUrl: string) => ({ slug, name: `Atelier ${slug}`, baseUrl, clientId: "c", clientSecret: "s" });

let main: TestDatabase;
let centreById: typeof import("@/lib/tenancy/centres").centreById;
beforeAll(async () => {
  main = await freshDatabase();
  // The process's own main database is this test's: set before anything reads the configuration.
  Object.assign(process.env, usesPostgres() ? { DATABASE_URL: main.url } : { DATABASE_URL: "", DATABASE_PATH: main.url }, { RMA_API_BASE_URL: "", ATELIER_SECRET_KEY: KEY });
  ({ centreById } = await import("@/lib/tenancy/centres"));
});
afterAll(() => main.close());

describe("the centres a process keeps", () => {
  it("forget a removed centre and rebuild a re-created one, within the re-check interval", async () => {
    const t0 = Date.now();
    const lyon = await addCentre(main.db, input("lyon", "https://rma-a.example/api/"), KEY);
    const first = await centreById(lyon.id, t0);
    expect(first?.platformOrigin).toBe("https://rma-a.example");
    // Within the interval the cached centre answers without reading the registry.
    expect(await centreById(lyon.id, t0 + 1_000)).toBe(first);

    await main.db.delete(centres).where(eq(centres.id, lyon.id));
    expect(await centreById(lyon.id, t0 + 6_000)).toBeNull();

    // Re-created under the same id (a restored main database), pointing elsewhere.
    await main.db.insert(centres).values({ ...lyon, baseUrl: "https://rma-b.example/api/" });
    const rebuilt = await centreById(lyon.id, t0 + 12_000);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt?.platformOrigin).toBe("https://rma-b.example");
    // An unchanged row keeps the same centre (its token, its database handle).
    expect(await centreById(lyon.id, t0 + 18_000)).toBe(rebuilt);
  });
});
