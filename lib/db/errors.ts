// What a database error means for the caller, read from error codes only (Prisma's P-codes, the
// driver's SQLSTATE or SQLite result code), never from message text.

/** The driver's own error as Prisma's driver adapters carry it. */
type DriverCause = { originalCode?: string; code?: string; kind?: string; constraint?: { fields?: string[] } };

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : null;
}

/** The driver adapter's cause, whether the error is Prisma's known-request error or the adapter's own. */
function driverCause(error: unknown): DriverCause | null {
  const e = record(error);
  if (!e) return null;
  const fromMeta = record(record(record(e.meta)?.driverAdapterError)?.cause);
  if (fromMeta) return fromMeta as DriverCause;
  if (e.name === "DriverAdapterError") return (record(e.cause) ?? null) as DriverCause | null;
  return null;
}

function prismaCode(error: unknown): string | null {
  const code = record(error)?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : null;
}

const UNIQUE_CODES = new Set(["23505", "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"]);

/** A unique constraint refused the write: the fields it names, or null for any other error. */
export function uniqueViolation(error: unknown): { fields: string[] } | null {
  const cause = driverCause(error);
  if (prismaCode(error) !== "P2002" && !(cause?.originalCode && UNIQUE_CODES.has(cause.originalCode))) return null;
  const target = record(record(error)?.meta)?.target;
  const fields = cause?.constraint?.fields ?? (Array.isArray(target) ? target.map(String) : []);
  return { fields };
}

// PostgreSQL: read-only transaction, shutting down, starting up, connection failures (class 08),
// too many connections, deadlock and serialization failures (safe to retry).
const PG_UNAVAILABLE = /^(25006|57P0[123]|08...|53300|40001|40P01)$/;
// SQLite: read-only file, busy past the timeout, disk full, I/O error, cannot open.
const SQLITE_UNAVAILABLE = /^SQLITE_(READONLY|BUSY|FULL|IOERR|CANTOPEN|LOCKED)/;
// Prisma: cannot reach or lost the server, timeouts, pool exhausted, transaction closed under it.
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);
const ADAPTER_UNAVAILABLE = new Set(["DatabaseNotReachable", "SocketTimeout", "ConnectionClosed", "TooManyConnections", "TransactionWriteConflict"]);

/**
 * The database cannot take the request just now (read-only, restarting, unreachable, busy): the
 * request changed nothing and can be tried again later. Null for any other error.
 */
export function databaseUnavailable(error: unknown): { readOnly: boolean } | null {
  const cause = driverCause(error);
  // The driver's code sits in the adapter's cause, or on the error itself (a SQLite code, a Node socket code).
  const codes = [cause?.originalCode, cause?.code, record(error)?.code, record(record(error)?.cause)?.code].filter((c): c is string => typeof c === "string");
  const readOnly = codes.some((c) => c === "25006" || c.startsWith("SQLITE_READONLY"));
  if (
    readOnly ||
    codes.some((c) => PG_UNAVAILABLE.test(c) || SQLITE_UNAVAILABLE.test(c) || PRISMA_UNAVAILABLE.has(c) || /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)$/.test(c)) ||
    (cause?.kind !== undefined && ADAPTER_UNAVAILABLE.has(cause.kind))
  ) {
    return { readOnly };
  }
  return null;
}
