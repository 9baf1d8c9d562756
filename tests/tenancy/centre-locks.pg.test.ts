// PostgreSQL only (several instances share it): a centre's once-per-cluster work takes a lock of its own,
// so one centre's sync never waits for another's, and two instances never run the same centre's at once.
import { afterEach, beforeEach, expect, it } from "vitest";
import { oncePerCluster, openAt } from "@/db";
import { freshDatabase, type TestDatabase } from "../support/database";

let main: TestDatabase;
beforeEach(async () => {
  main = await freshDatabase();
});
afterEach(() => main.close());

it("runs a centre's once-per-cluster work under a lock of its own", async () => {
  const lyon = await openAt(main.url, 5, 2);
  const other = await openAt(main.url, 5, 3);
  const lyonAgain = await openAt(main.url, 5, 2); // the same centre, from another instance
  try {
    let release!: () => void;
    let taken!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const lockTaken = new Promise<void>((resolve) => (taken = resolve));
    // The work starts once the lock is held: then, and not after some delay, the others ask for it.
    const first = oncePerCluster(lyon.db, "atelier:sync", () => {
      taken();
      return held.then(() => "lyon");
    });
    await lockTaken;
    expect(await oncePerCluster(lyonAgain.db, "atelier:sync", async () => "lyon again")).toBeNull();
    expect(await oncePerCluster(other.db, "atelier:sync", async () => "other")).toBe("other");
    expect(await oncePerCluster(main.db, "atelier:sync", async () => "main")).toBe("main");
    release();
    expect(await first).toBe("lyon");
  } finally {
    await Promise.all([lyon.close(), other.close(), lyonAgain.close()]);
  }
});
