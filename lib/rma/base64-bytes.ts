// A file on its way to the platform: the document wants base64 inside JSON, and lib/rma/json-body.ts writes
// it piece by piece as the request goes out. No toJSON on purpose: nothing else may turn it into a string.
export class Base64Bytes {
  constructor(readonly bytes: Uint8Array) {}

  /** Characters of its base64 text. */
  get length(): number {
    return 4 * Math.ceil(this.bytes.length / 3);
  }
}
