/** PostgreSQL when DATABASE_URL names a postgres:// server; SQLite (DATABASE_PATH) otherwise. */
export function usesPostgres(env: Record<string, string | undefined> = process.env): boolean {
  return /^postgres(ql)?:\/\//i.test(env.DATABASE_URL ?? "");
}
