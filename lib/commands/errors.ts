// The errors of the editors' commands. No server imports here: the form and API error mappers,
// and anything a client form needs, can read them.

/** Input that parsed but does not fit the ledger: each message belongs next to its field. */
export class LedgerInputError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields).join(" "));
    this.name = "LedgerInputError";
  }
}

/** The request would overwrite or duplicate something that exists. */
export class LedgerConflictError extends Error {
  constructor(
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "LedgerConflictError";
  }
}

export class LedgerNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LedgerNotFoundError";
  }
}

/** The database cannot take the write just now (read-only, restarting, unreachable): nothing was changed. */
export class LedgerUnavailableError extends Error {
  constructor(readonly readOnly: boolean) {
    super(
      readOnly
        ? "The ledger is read-only just now; nothing was changed. Try again later."
        : "The database is not answering just now; nothing was changed. Try again in a moment.",
    );
    this.name = "LedgerUnavailableError";
  }
}

/** An import refused: each bad row of the file with its line and field, and why. Nothing was changed. */
export class LedgerImportError extends Error {
  constructor(readonly problems: Array<{ line: number; field: string | null; message: string }>) {
    super(`The file has ${problems.length} problem(s); nothing was imported.`);
    this.name = "LedgerImportError";
  }
}
