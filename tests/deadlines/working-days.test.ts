// Working days in Paris: weekends, 14 juillet, Easter Monday, Ascension and Whit Monday are days off,
// whatever the server's zone, and a deadline keeps its time of day.
import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, parisDate, workingDaysBetween } from "@/lib/calendar/working-days";

/** A Paris wall time as an instant: 2026 dates, summer time (UTC+2) from 29 March to 25 October. */
const paris = (iso: string) => {
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const summer = (month > 3 && month < 10) || (month === 3 && day >= 29) || (month === 10 && day < 25);
  return new Date(`${iso}${summer ? "+02:00" : "+01:00"}`);
};

describe("working days", () => {
  it("skips a weekend: Friday 15:00 plus one working day is Monday 15:00", () => {
    expect(addWorkingDays(paris("2026-12-04T15:00:00"), 1)).toEqual(paris("2026-12-07T15:00:00"));
    expect(addWorkingDays(paris("2026-12-04T15:00:00"), 5)).toEqual(paris("2026-12-11T15:00:00"));
  });

  it("skips 14 juillet", () => {
    expect(isWorkingDay(paris("2026-07-14T10:00:00"))).toBe(false);
    // Monday 13 July + 1 → Wednesday 15 July.
    expect(addWorkingDays(paris("2026-07-13T09:30:00"), 1)).toEqual(paris("2026-07-15T09:30:00"));
  });

  it("skips Easter Monday, Ascension and Whit Monday (2026: 6 April, 14 May, 25 May)", () => {
    for (const day of ["2026-04-06", "2026-05-14", "2026-05-25"]) expect(isWorkingDay(paris(`${day}T12:00:00`)), day).toBe(false);
    for (const day of ["2026-04-07", "2026-05-13", "2026-05-26"]) expect(isWorkingDay(paris(`${day}T12:00:00`)), day).toBe(true);
    // Friday 3 April + 1 → Tuesday 7 April (weekend, then Easter Monday).
    expect(addWorkingDays(paris("2026-04-03T11:00:00"), 1)).toEqual(paris("2026-04-07T11:00:00"));
    // Friday 22 May + 2 → Wednesday 27 May (weekend, then Whit Monday).
    expect(addWorkingDays(paris("2026-05-22T08:00:00"), 2)).toEqual(paris("2026-05-27T08:00:00"));
    // Wednesday 13 May + 1 → Friday 15 May (Ascension Thursday).
    expect(addWorkingDays(paris("2026-05-13T17:00:00"), 1)).toEqual(paris("2026-05-15T17:00:00"));
  });

  it("starts a clock that starts on a day off at the next working day's midnight", () => {
    expect(addWorkingDays(paris("2026-12-05T10:00:00"), 1)).toEqual(paris("2026-12-08T00:00:00"));
  });

  it("keeps the Paris time of day across the change to summer time", () => {
    // Friday 27 March 2026 (UTC+1) + 1 → Monday 30 March (UTC+2), still 10:00 in Paris.
    expect(addWorkingDays(paris("2026-03-27T10:00:00"), 1)).toEqual(paris("2026-03-30T10:00:00"));
    expect(parisDate(paris("2026-03-30T00:30:00"))).toBe("2026-03-30");
  });

  it("counts the working days between two instants, days off for nothing", () => {
    expect(workingDaysBetween(paris("2026-12-04T12:00:00"), paris("2026-12-07T12:00:00"))).toBeCloseTo(1, 6);
    expect(workingDaysBetween(paris("2026-07-10T00:00:00"), paris("2026-07-17T00:00:00"))).toBeCloseTo(4, 6);
    expect(workingDaysBetween(paris("2026-12-07T12:00:00"), paris("2026-12-04T12:00:00"))).toBe(0);
  });
});
