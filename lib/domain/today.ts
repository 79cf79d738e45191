/** Today's calendar day in UTC (YYYY-MM-DD), the ledger's one clock for "no future dates". */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
