/** Today in Finland, as the server dates visits and findings (`YYYY-MM-DD`). */
export const helsinkiToday = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', dateStyle: 'short' }).format(now);

/** `day` moved by `days` calendar days. */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
