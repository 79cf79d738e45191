// fast-check generators shared by the property tests.
import fc from "fast-check";
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from "@/lib/schemas/decimal-bound";

/** A decimal string within the ledger's bound, with an optional sign and fraction. */
export const boundedDecimal = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(new RegExp(`^[0-9]{1,${MAX_INTEGER_DIGITS}}$`)),
    fc.option(fc.stringMatching(new RegExp(`^[0-9]{1,${MAX_FRACTION_DIGITS}}$`)), { nil: null }),
  )
  .map(([negative, integer, fraction]) => `${negative ? "-" : ""}${integer}${fraction === null ? "" : `.${fraction}`}`);
