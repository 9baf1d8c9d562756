// A 3.9 reply holds every dossier of a status: 100,000 of them make a body of over 100 MB, and parsing it
// whole keeps the text and every raw object in memory at once. This reads the body as it arrives: the
// envelope's own fields are kept (status, message), and each element of `data` is cut out as soon as it is
// complete and handed on as its own JSON text, so that only what the caller keeps of it stays in memory.
// Strings, escapes and nesting are followed character by character; nothing is assumed about whitespace.

export interface ListScan {
  /** The reply without the contents of `data` (an empty `[]` or `{}` in their place), for the envelope. */
  skeleton: string;
  /** "array" or "object" when `data` held a list (as an array, or an object keyed by index). */
  container: "array" | "object" | null;
  /** Elements of an object `data` that were not objects (which makes it no list of dossiers). */
  nonObjectValues: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** Inside a string only a quote or a backslash matters: the scan jumps from one to the next. */
const STRING_STOP = /["\\]/g;

export class ListScanner {
  private readonly skeleton: string[] = [];
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Depth 1: the key being read, the last key read, and whether a key comes next. */
  private key: string[] | null = null;
  private lastKey: string | null = null;
  private expectingKey = false;
  /** Inside `data`'s brackets. */
  private inData = false;
  private container: "array" | "object" | null = null;
  /** The element being cut out; in an object `data`, whether a key (not a value) comes next. */
  private element: string[] | null = null;
  private atKey = false;
  private nonObjectValues = 0;
  private started = false;
  private notJson = false;

  constructor(private readonly onElement: (json: string) => void) {}

  /** False as soon as the body cannot be a JSON object: the caller then reads it as text. */
  get looksLikeJson() {
    return !this.notJson;
  }

  push(text: string) {
    let skeletonFrom = this.inData ? -1 : 0;
    let keyFrom = this.key ? 0 : -1;
    let elementFrom = this.element ? 0 : -1;
    const beginElement = (at: number) => {
      this.element = [];
      elementFrom = at;
      if (this.container === "object" && text.charCodeAt(at) !== 123 /* { */) this.nonObjectValues++;
    };
    const endElement = (at: number) => {
      if (!this.element) return;
      this.element.push(text.slice(elementFrom, at));
      const json = this.element.join("").trim();
      this.element = null;
      elementFrom = -1;
      if (json) this.onElement(json);
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!this.started) {
        if (isSpace(c) || c === 0xfeff) continue;
        this.started = true;
        if (c !== 123 /* { */) this.notJson = true;
      }
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        STRING_STOP.lastIndex = i;
        // The rest of this chunk is inside the string.
        if (!STRING_STOP.test(text)) break;
        i = STRING_STOP.lastIndex - 1;
        if (text.charCodeAt(i) === BACKSLASH) {
          this.escaped = true;
          continue;
        }
        this.inString = false;
        if (this.key) {
          this.key.push(text.slice(keyFrom, i));
          this.lastKey = this.key.join("");
          this.key = null;
          keyFrom = -1;
        }
        continue;
      }
      const inDataLevel = this.inData && this.depth === 2;
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.expectingKey) {
          this.expectingKey = false;
          this.key = [];
          keyFrom = i + 1;
        } else if (inDataLevel && !this.element && !this.atKey) beginElement(i);
        continue;
      }
      if (c === 123 /* { */ || c === 91 /* [ */) {
        if (inDataLevel && !this.element && !this.atKey) beginElement(i);
        this.depth++;
        if (this.depth === 1) this.expectingKey = true;
        else if (this.depth === 2 && this.lastKey === "data" && !this.inData && skeletonFrom >= 0) {
          // The skeleton keeps the brackets of `data`, not what is between them.
          this.skeleton.push(text.slice(skeletonFrom, i + 1));
          skeletonFrom = -1;
          this.inData = true;
          this.container = c === 91 ? "array" : "object";
          this.atKey = this.container === "object";
        }
        continue;
      }
      if (c === 125 /* } */ || c === 93 /* ] */) {
        if (inDataLevel) {
          endElement(i);
          this.inData = false;
          this.lastKey = null;
          skeletonFrom = i;
        }
        this.depth--;
        continue;
      }
      if (inDataLevel) {
        if (c === 44 /* , */) {
          endElement(i);
          if (this.container === "object") this.atKey = true;
        } else if (c === 58 /* : */ && this.container === "object" && this.atKey) {
          this.atKey = false;
        } else if (!this.element && !this.atKey && !isSpace(c)) beginElement(i);
        continue;
      }
      if (this.depth === 1 && c === 44 /* , */) this.expectingKey = true;
    }
    if (skeletonFrom >= 0) this.skeleton.push(text.slice(skeletonFrom));
    if (keyFrom >= 0 && this.key) this.key.push(text.slice(keyFrom));
    if (elementFrom >= 0 && this.element) this.element.push(text.slice(elementFrom));
  }

  end(): ListScan {
    return { skeleton: this.skeleton.join(""), container: this.container, nonObjectValues: this.nonObjectValues };
  }
}
