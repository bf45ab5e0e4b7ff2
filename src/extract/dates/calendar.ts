// Calendar arithmetic on plain YYYY-MM-DD strings, in UTC so that no local
// time zone or daylight-saving shift can move a day.

const DAY = 86_400_000;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseYmd(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValid(y, mo, d)) return null;
  return { y, m: mo, d };
}

export function isValid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function toDayNumber(v: Ymd): number {
  return Math.round(Date.UTC(v.y, v.m - 1, v.d) / DAY);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(v: Ymd): number {
  return new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
}

export function addDays(v: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(v) + days);
}

export function formatDay(v: Ymd): string {
  return `${pad(v.y, 4)}-${pad(v.m, 2)}-${pad(v.d, 2)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

/** Adds months to a year/month pair; returns the new pair. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + months;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** Monday of the week containing v (news weeks run Monday to Sunday). */
export function weekStart(v: Ymd): Ymd {
  return addDays(v, -((weekday(v) + 6) % 7));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
