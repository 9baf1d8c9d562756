// What an upload must be to be kept, on real database files: an image that decodes, within bounds, kept
// as a re-encoded copy; no page, SVG or script; a name that ends as its content is; and the centre's logo
// kept as long as it is the logo.
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appSettings, uploads } from "@/db/schema";
import { isServiceError } from "@/lib/errors";
import { logoOf } from "@/lib/identity/logo";
import { readIdentity } from "@/lib/identity/store";
import { forgetOrphanUploads, saveUpload, uploadBytes } from "@/lib/files/uploads";
import type { FileKind } from "@/lib/commands/types";
import { BOMB_PNG, BROKEN_PNG } from "../../e2e/support/files";
import { freshDatabase, insertUser, type TestDatabase } from "../support/database";

let database: TestDatabase;
let userId: number;
beforeEach(async () => {
  database = await freshDatabase();
  userId = (await insertUser(database.db, "admin")).id;
});
afterEach(() => database.close());


const save = (name: string, bytes: Buffer, kind: FileKind = "document", field = "file") =>
  saveUpload(database.db, { name, bytes, kind, userId, now: new Date(), maxBytes: 10 * 1024 * 1024, field });

async function refusal(promise: Promise<unknown>): Promise<{ message: string; fieldErrors?: Record<string, string> }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isServiceError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}
const stored = async () => (await database.db.select({ id: uploads.id }).from(uploads)).length;

describe("images", () => {
  it("a PNG that does not decode is refused at its field, in French, and nothing is kept", async () => {
    const error = await refusal(save("logo.png", BROKEN_PNG, "logo", "logo"));
    expect(error.fieldErrors?.logo).toMatch(/Image illisible/);
    expect(await stored()).toBe(0);
  });

  it("a decompression bomb is refused from its header, before its 900 MB of pixels are taken", async () => {
    for (const kind of ["logo", "pdf-or-image", "document"] as const) {
      const error = await refusal(save("bombe.png", BOMB_PNG, kind));
      expect(error.fieldErrors?.file).toMatch(/trop grande en pixels/);
    }
    expect(await stored()).toBe(0);
  });

  it("a logo wider than it may be printed is refused with its bound", async () => {
    const wide = await sharp({ create: { width: 3_000, height: 10, channels: 3, background: "#123456" } }).png().toBuffer();
    expect((await refusal(save("large.png", wide, "logo"))).message).toMatch(/2000 pixels au plus/);
  });

  it("a good image is kept re-encoded: same picture, no EXIF (a phone's position), no bytes trailing it", async () => {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#ff0000" } })
      .jpeg()
      .withExif({ IFD0: { Make: "Téléphone", Copyright: "Lieu secret 48.85N 2.35E" } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const ref = await save("photo.jpg", Buffer.concat([photo, Buffer.from("<script>alert(1)</script>")]), "pdf-or-image");
    const kept = await uploadBytes(database.db, ref.uploadId);
    const meta = await sharp(kept).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["jpeg", 40, 30, undefined]);
    expect(kept.includes(Buffer.from("<script>"))).toBe(false);
    expect(ref.size).toBe(kept.length);
  });
});

describe("documents that could run", () => {
  it("HTML, SVG, XML and scripts are refused, whatever their name", async () => {
    const active = {
      "page.html": "<!DOCTYPE html><html><body>Bonjour</body></html>",
      "rapport.txt": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
      "x.svg": '<?xml version="1.0"?><svg/>',
      "notes.txt": "Voir <a href='javascript:alert(1)'>ici</a>",
      "lien.txt": "  <SCRIPT>fetch('/api')</SCRIPT>",
    };
    for (const [name, text] of Object.entries(active)) {
      expect((await refusal(save(name, Buffer.from(text)))).fieldErrors?.file, name).toMatch(/page web, une image SVG ou un script/);
    }
    expect(await stored()).toBe(0);
  });

  it("plain text leaves named as text, and a PDF as a PDF, whatever name it came with", async () => {
    expect((await save("diagnostic.txt", Buffer.from("Écran fissuré, batterie 82 %"))).name).toBe("diagnostic.txt");
    expect((await save("x.js", Buffer.from("console.log(1 < 2)"))).name).toBe("x.js.txt");
    expect((await save("x.html", Buffer.from("%PDF-1.4\n%%EOF\n"))).name).toBe("x.html.pdf");
    expect((await save("RAPPORT.PDF", Buffer.from("%PDF-1.4\n%%EOF\n"))).name).toBe("RAPPORT.PDF");
  });
});

describe("the centre's logo", () => {
  it("outlives the sweep of abandoned uploads as long as it is the logo", async () => {
    const logo = await save("logo.png", await sharp({ create: { width: 20, height: 20, channels: 4, background: "#00ff0080" } }).png().toBuffer(), "logo");
    await save("oubli.txt", Buffer.from("brouillon"));
    const identity = { ...(await readIdentity(database.db)), logoUploadId: logo.uploadId };
    await database.db.insert(appSettings).values({ key: "centre_identity", value: JSON.stringify(identity) });
    expect(await forgetOrphanUploads(database.db, new Date(Date.now() + 3 * 86_400_000))).toBe(1);
    expect((await database.db.select({ id: uploads.id }).from(uploads)).map((r) => r.id)).toEqual([logo.uploadId]);
    expect(await logoOf(database.db, identity)).toBeInstanceOf(Buffer);
  });

  it("one stored before uploads were decoded is left off the documents instead of breaking them", async () => {
    const id = "00000000-0000-4000-8000-000000000001";
    await database.db.insert(uploads).values({ id, name: "logo.png", contentType: "image/png", size: BROKEN_PNG.length, sha256: "x", content: BROKEN_PNG, createdBy: userId, createdAt: new Date() });
    expect(await logoOf(database.db, { ...(await readIdentity(database.db)), logoUploadId: id })).toBeNull();
  });
});
