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
