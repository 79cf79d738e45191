// Database errors that reach a command, as the command's own typed errors: a unique violation is a
// conflict naming the fields that hold the value already, a database that cannot take writes is
// unavailable. Read by code only (lib/db/errors.ts); anything else stays as it is, a bug.
import { databaseUnavailable, uniqueViolation } from "@/lib/db/errors";
import { LedgerConflictError, LedgerUnavailableError } from "./errors";

export function ledgerError(error: unknown): unknown {
  const unique = uniqueViolation(error);
  if (unique) {
    const what = unique.fields.length ? ` ${unique.fields.join(", ")}` : "";
    return new LedgerConflictError(`The ledger already has this${what}; nothing was changed.`, { existing: unique.fields });
  }
  const unavailable = databaseUnavailable(error);
  if (unavailable) return new LedgerUnavailableError(unavailable.readOnly);
  return error;
}
