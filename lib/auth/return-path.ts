// Where to go back after signing in: a path of ours, never another site. Judged as a browser would read it
// (URL parsing drops tabs and newlines, turns "\" into "/"): only a path whose resolved origin is Atelier's
// own is kept, as its normalised path, query and fragment.
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
  return `${url.pathname}${url.search}${url.hash}`;
}
