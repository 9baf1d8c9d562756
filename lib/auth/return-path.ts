// Where to go back after signing in: a path of ours, never another site. Judged as a browser would read it
// (URL parsing drops tabs and newlines, turns "\" into "/"): only a path whose resolved origin is Atelier's
// own is kept, as its normalised path, query and fragment. Resolution itself can make a new "//": "/.//x",
// "/..//x" and "/%2e//x" all resolve to the path "//x", which a browser then reads as another host; so the
// result must be a single-slash path that resolves to itself.
const OURS = "http://atelier.invalid";

export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 500) return "/dossiers";
  let url: URL;
  try {
    url = new URL(value, OURS);
  } catch {
    return "/dossiers";
  }
  if (url.origin !== OURS || url.pathname.startsWith("/connexion") || url.pathname.startsWith("/api/")) return "/dossiers";
  const path = `${url.pathname}${url.search}${url.hash}`;
  const doubled = /^\/[\/\\]/;
  try {
    // Decoded once more too: a layer between here and the browser might unescape "%5C" or "%2F".
    if (doubled.test(path) || doubled.test(decodeURIComponent(url.pathname))) return "/dossiers";
    const again = new URL(path, OURS);
    if (again.origin !== OURS || `${again.pathname}${again.search}${again.hash}` !== path) return "/dossiers";
  } catch {
    return "/dossiers";
  }
  return path;
}
