// The upload body read as it arrives, behind a real HTTP server: a file of exactly the largest size goes
// through whole, one byte more is refused with the field's French error (as soon as it passes, not after
// reading everything), and whatever is not one file with its small fields is refused as invalid.
import { createServer, type Server } from "node:http";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isServiceError } from "@/lib/errors";
import { readMultipart } from "@/lib/http/read-multipart";

const MAX = 256 * 1024;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const request = new Request(`http://test${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: Readable.toWeb(req) as ReadableStream, duplex: "half" } as RequestInit);
    try {
      const form = await readMultipart(request, { maxFileBytes: MAX, fileField: "file" });
      res.end(JSON.stringify({ fields: form.fields, name: form.file?.name, size: form.file?.bytes.length, sum: form.file ? [...form.file.bytes].reduce((a, b) => (a + b) % 65_521, 0) : null }));
    } catch (error) {
      res.statusCode = isServiceError(error) ? 400 : 500;
      // A body left unread: this connection is not reused.
      res.setHeader("Connection", "close");
      res.end(JSON.stringify(isServiceError(error) ? { code: error.code, message: error.message, fieldErrors: error.fieldErrors } : { crash: String(error) }));
      req.resume();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const bytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 7) % 251);
const checksum = (data: Uint8Array) => [...data].reduce((a, b) => (a + b) % 65_521, 0);

async function post(form: FormData | string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", body: form, headers });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function formWith(size: number, fields: Record<string, string> = { kind: "document" }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", new Blob([bytes(size)], { type: "application/pdf" }), "rapport é.pdf");
  return form;
}

describe("readMultipart", () => {
  it("takes a file of exactly the largest size, whole, with its name and fields", async () => {
    const { status, json } = await post(formWith(MAX, { kind: "document", field: "agreement" }));
    expect(status).toBe(200);
    expect(json).toEqual({ fields: { kind: "document", field: "agreement" }, name: "rapport é.pdf", size: MAX, sum: checksum(bytes(MAX)) });
  });

  it("refuses one byte more, naming the file field, in French", async () => {
    const { status, json } = await post(formWith(MAX + 1));
    expect(status).toBe(400);
    expect(json).toEqual({ code: "too_large", message: "Fichier trop volumineux : 0 Mo au plus.", fieldErrors: { file: "Fichier trop volumineux : 0 Mo au plus." } });
  });

  it("refuses a body declared larger than a file and its envelope before reading it", async () => {
    const { json } = await post("x".repeat(10), { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": "10" });
    expect(json.code).toBe("invalid");
    const big = await fetch(url, { method: "POST", body: new Blob([bytes(MAX + 70 * 1024)]), headers: { "Content-Type": "multipart/form-data; boundary=zz" } });
    expect(((await big.json()) as { code: string }).code).toBe("too_large");
  });

  it("says invalid for what is not one file with small fields", async () => {
    // A form without its file: the fields alone (the upload then says the file is empty).
    expect((await post("kind=document", { "Content-Type": "application/x-www-form-urlencoded" })).json).toEqual({ fields: { kind: "document" }, sum: null });
    expect((await post("pas du tout", { "Content-Type": "text/plain" })).json.code).toBe("invalid");
    const two = formWith(10);
    two.append("file", new Blob([bytes(5)]), "second.pdf");
    expect((await post(two)).json.code).toBe("invalid");
    const longField = formWith(10, { kind: "x".repeat(5_000) });
    expect((await post(longField)).json.code).toBe("invalid");
    const none = new FormData();
    none.set("kind", "document");
    expect((await post(none)).json).toEqual({ fields: { kind: "document" }, sum: null });
  });
});
