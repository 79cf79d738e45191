/**
 * The figures the ledger holds exactly: at most 20 digits before the decimal point and 10 after it
 * (leading and trailing zeros aside). PostgreSQL's numeric(65,30) and SQLite's TEXT value columns
 * both keep every such number as written; the metric page sorts them by a fixed-width key.
 */
export const MAX_INTEGER_DIGITS = 20;
export const MAX_FRACTION_DIGITS = 10;

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Sign and significant digits: "-007.250" → { negative: true, integer: "7", fraction: "25" }. */
function digitsOf(value: string): { negative: boolean; integer: string; fraction: string } | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const integer = match[2]!.replace(/^0+/, "");
  const fraction = (match[3] ?? "").replace(/0+$/, "");
  return { negative: match[1] === "-" && (integer !== "" || fraction !== ""), integer, fraction };
}

/** Whether a decimal string is inside the bound; a string that is not a decimal is not. */
export function withinDecimalBound(value: string): boolean {
  const d = digitsOf(value);
  return d !== null && d.integer.length <= MAX_INTEGER_DIGITS && d.fraction.length <= MAX_FRACTION_DIGITS;
}

export const DECIMAL_BOUND_MESSAGE = `Use at most ${MAX_INTEGER_DIGITS} digits before the decimal point and ${MAX_FRACTION_DIGITS} after it.`;

const KEY_DIGITS = MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS;

/**
 * A text key whose byte order is the numeric order of the values: "1" and 30 digits (20 integer,
 * 10 fraction, zero-padded) for zero and up; "0" and the nines' complement of those digits below
 * zero, so that a larger magnitude sorts first. A value beyond the bound (an old row) sorts at the
 * end of its sign, its fraction cut at 10 digits.
 */
export function decimalSortKey(value: string): string {
  const d = digitsOf(value);
  if (d === null) throw new RangeError(`Not a decimal number: ${JSON.stringify(value)}.`);
  const digits =
    d.integer.length > MAX_INTEGER_DIGITS
      ? "9".repeat(KEY_DIGITS)
      : d.integer.padStart(MAX_INTEGER_DIGITS, "0") + d.fraction.slice(0, MAX_FRACTION_DIGITS).padEnd(MAX_FRACTION_DIGITS, "0");
  if (!d.negative) return `1${digits}`;
  return `0${[...digits].map((c) => String(9 - Number(c))).join("")}`;
}

/** Compares two decimal strings within the bound exactly (no float), as -1, 0 or 1; 0 when either is not a decimal. */
export function compareDecimals(a: string, b: string): number {
  if (digitsOf(a) === null || digitsOf(b) === null) return 0;
  const x = decimalSortKey(a);
  const y = decimalSortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** One spelling per number, for comparing stored values: "007.50" → "7.5", "-0" → "0". */
export function canonicalDecimal(value: string): string {
  const d = digitsOf(value);
  if (d === null) return value;
  const integer = d.integer || "0";
  return `${d.negative ? "-" : ""}${integer}${d.fraction ? `.${d.fraction}` : ""}`;
}
