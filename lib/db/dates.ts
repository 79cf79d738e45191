/** A calendar day (YYYY-MM-DD) as the Date at midnight UTC that the database stores. */
export function dayToDate(day: string | null): Date | null {
  return day === null ? null : new Date(`${day}T00:00:00.000Z`);
}

/** The inverse of dayToDate. */
export function dateToDay(date: Date | null): string | null {
  return date === null ? null : date.toISOString().slice(0, 10);
}
