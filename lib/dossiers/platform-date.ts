// ASSUMPTION: the platform writes dates as "2021-09-22 09:45:17" without a zone. We read them in the
// server's own time zone (run Atelier with TZ=Europe/Paris in production, as the platform is French).
export function parsePlatformDate(text: string | null | undefined): Date | null {
  if (!text) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = match;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(date.getTime()) ? null : date;
}
