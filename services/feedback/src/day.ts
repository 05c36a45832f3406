// Days as the receiver stores them: YYYY-MM-DD in Sweden, never a time of day.

// One formatter for every request: toLocaleDateString makes a new one per call, which was most of
// a vote's cost in the bench.
const swedishDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });

export function swedishDay(now: Date): string {
  return swedishDate.format(now);
}

/** `day` moved by `days` (negative: earlier), as YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first day still kept when `months` of history are kept on `today`. */
export function retentionStart(today: string, months: number): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T12:00:00Z`).toISOString().slice(0, 10) === value;
}
