/**
 * The reference year every hourly series in ParkZero lives in: 365 days, 8760 hours, no leap
 * day, hour 0 = 1 January 00:00-01:00 China Standard Time (UTC+8, no daylight saving).
 * 1 January is a Monday (as in 2018 or 2029), so weekdays are fixed and reruns are identical
 * whatever the planning year. Profiles describe a typical year, not a calendar year.
 */

export const HOURS_PER_YEAR = 8760;
export const DAYS_PER_YEAR = 365;

/** Days per month of the reference (non-leap) year. */
export const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day of year (0-based) on which each month starts. */
export const MONTH_START_DAY: readonly number[] = MONTH_DAYS.map((_, m) => MONTH_DAYS.slice(0, m).reduce((a, b) => a + b, 0));

/** Hour index (0-based) at which each month starts, plus 8760 as the end sentinel. */
export const MONTH_START_HOUR: readonly number[] = [...MONTH_START_DAY.map((d) => d * 24), HOURS_PER_YEAR];

/** Kinds of day that load shapes distinguish. Holidays behave like Sundays. */
export const DAY_TYPES = ['weekday', 'saturday', 'sunday', 'holiday'] as const;
export type DayType = (typeof DAY_TYPES)[number];

/**
 * Statutory holiday days of the reference year (0-based day of year). Fixed-date holidays are
 * placed on their dates (New Year 1 Jan, Labour Day 1-5 May, National Day 1-7 Oct). The Spring
 * Festival moves between late January and mid February; the reference year puts its week on
 * 10-16 February, a typical position. Qingming, Dragon Boat and Mid-Autumn (one day each, moving)
 * are left out: their effect on an annual load shape is below the other assumptions' accuracy.
 */
function holidayDays(): Set<number> {
  const days = new Set<number>();
  const add = (month: number, fromDay: number, toDay: number) => {
    for (let d = fromDay; d <= toDay; d++) days.add(MONTH_START_DAY[month]! + d - 1);
  };
  add(0, 1, 1);
  add(1, 10, 16);
  add(4, 1, 5);
  add(9, 1, 7);
  return days;
}

const HOLIDAYS = holidayDays();

/** Month (0-11) of a day of year (0-364). */
export function monthOfDay(day: number): number {
  let m = 0;
  while (m < 11 && day >= MONTH_START_DAY[m + 1]!) m++;
  return m;
}

/** Weekday of a day of year: 0 = Monday ... 6 = Sunday (1 January is a Monday). */
export function weekdayOfDay(day: number): number {
  return day % 7;
}

export function dayTypeOfDay(day: number): DayType {
  if (HOLIDAYS.has(day)) return 'holiday';
  const wd = weekdayOfDay(day);
  return wd === 5 ? 'saturday' : wd === 6 ? 'sunday' : 'weekday';
}

/** True when the day is in the Spring Festival week of the reference year. */
export function isSpringFestival(day: number): boolean {
  return day >= MONTH_START_DAY[1]! + 9 && day <= MONTH_START_DAY[1]! + 15;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Local time (China Standard Time) of hour `h` of the reference calendar labelled with a
 * planning year: `2030-01-01 00:00` is the hour 00:00-01:00 of 1 January. The calendar is the
 * non-leap reference year whatever the planning year (no 29 February; weekdays as in the
 * reference year), because every profile lives in it.
 */
export function referenceTimestamp(year: number, h: number): string {
  const day = Math.floor(h / 24);
  const m = monthOfDay(day);
  return `${year}-${pad2(m + 1)}-${pad2(day - MONTH_START_DAY[m]! + 1)} ${pad2(h % 24)}:00`;
}
