// Where to go back after signing in: a path of ours, never another site ("//evil.example", "https://…").
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || value.length > 500) return "/dossiers";
  if (value.startsWith("/connexion") || value.startsWith("/api/")) return "/dossiers";
  return value;
}
