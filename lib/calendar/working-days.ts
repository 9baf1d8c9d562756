// Working days of a French repair centre: Monday to Friday, less the public holidays of metropolitan France
// (@socialgouv/jours-feries: Easter Monday, Ascension and Whit Monday included). Days are Paris days,
// whatever the server's zone: a deadline due "Tuesday" is due Tuesday at the centre.
import joursFeries from "@socialgouv/jours-feries";

const ZONE = "Europe/Paris";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const hourFormat = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });

interface Civil {
  y: number;
  m: number;
  d: number;
  /** Milliseconds since the civil day's midnight. */
  time: number;
}

/**
 * Paris' offset from UTC during the UTC hour that holds `at`, asked of Intl once an hour and kept: the
 * offset only changes on the hour, and a month's figures ask for thousands of instants.
 */
const offsets = new Map<number, number>();
function offsetAt(at: number): number {
  const hour = Math.floor(at / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const p = Object.fromEntries(hourFormat.formatToParts(new Date(hour * HOUR)).map((x) => [x.type, Number(x.value)])) as Record<string, number>;
    offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!) - hour * HOUR;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

function civil(at: number): Civil {
  const wall = new Date(at + offsetAt(at));
  return { y: wall.getUTCFullYear(), m: wall.getUTCMonth() + 1, d: wall.getUTCDate(), time: at + offsetAt(at) - Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()) };
}

/** The instant at which Paris reads this civil date and time (the first one, in the autumn's repeated hour). */
function instant(y: number, m: number, d: number, time: number): number {
  const wall = Date.UTC(y, m - 1, d) + time;
  // Paris is UTC+1 or UTC+2: try both, keep the one that reads back as asked.
  for (const offset of [2, 1]) {
    const guess = wall - offset * HOUR;
    const back = civil(guess);
    if (Date.UTC(back.y, back.m - 1, back.d) + back.time === wall) return guess;
  }
  // The spring's missing hour: the same wall time an hour on.
  return wall - HOUR;
}

const holidayYears = new Map<number, Set<string>>();
const key = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function holidays(year: number): Set<string> {
  let set = holidayYears.get(year);
  if (!set) {
    // The library builds each date with local-time constructors: local getters read back the civil date.
    set = new Set(Object.values(joursFeries(year)).map((date) => key(date.getFullYear(), date.getMonth() + 1, date.getDate())));
    holidayYears.set(year, set);
  }
  return set;
}

/** The next civil day (calendar arithmetic in UTC, which has no summer time). */
function nextDay(c: Pick<Civil, "y" | "m" | "d">) {
  const next = new Date(Date.UTC(c.y, c.m - 1, c.d) + DAY);
  return { y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() };
}

function isWorking(c: Pick<Civil, "y" | "m" | "d">): boolean {
  const weekday = new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays(c.y).has(key(c.y, c.m, c.d));
}

/** Whether the Paris day of this instant is a working day. */
export function isWorkingDay(at: Date): boolean {
  return isWorking(civil(at.getTime()));
}

/** The Paris date of an instant, "2026-07-14". */
export function parisDate(at: Date): string {
  const c = civil(at.getTime());
  return key(c.y, c.m, c.d);
}

/**
 * `days` working days after `from`, at the same time of day. Started on a day off, the clock starts at the
 * next working day's midnight: a product received on Saturday with one working day is due Tuesday 00:00,
 * the end of Monday.
 */
export function addWorkingDays(from: Date, days: number): Date {
  let c = civil(from.getTime());
  let day = { y: c.y, m: c.m, d: c.d };
  let time = c.time;
  if (!isWorking(day)) {
    while (!isWorking(day)) day = nextDay(day);
    time = 0;
  }
  for (let left = days; left > 0; ) {
    day = nextDay(day);
    if (isWorking(day)) left--;
  }
  c = { ...day, time };
  return new Date(instant(c.y, c.m, c.d, c.time));
}

/**
 * Working days elapsed from `from` to `to`, in days with decimals: each working day counts for the share of
 * it that lies between the two instants; days off count for nothing.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  const start = civil(from.getTime());
  let day = { y: start.y, m: start.m, d: start.d };
  let total = 0;
  for (let guard = 0; guard < 20_000; guard++) {
    const dayStart = instant(day.y, day.m, day.d, 0);
    const next = nextDay(day);
    const dayEnd = instant(next.y, next.m, next.d, 0);
    if (dayStart >= to.getTime()) break;
    if (isWorking(day)) {
      const overlap = Math.min(dayEnd, to.getTime()) - Math.max(dayStart, from.getTime());
      if (overlap > 0) total += overlap / (dayEnd - dayStart);
    }
    day = next;
  }
  return total;
}

/** A Paris month, "2026-11": from its first day's midnight to the next month's, as instants. */
export function parisMonth(month: string): { start: Date; end: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
  return { start: new Date(instant(y, m, 1, 0)), end: new Date(instant(next.y, next.m, 1, 0)) };
}

/** The Paris month of an instant, "2026-11". */
export const parisMonthOf = (at: Date) => parisDate(at).slice(0, 7);
