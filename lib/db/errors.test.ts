import { describe, expect, it } from "vitest";
import { databaseUnavailable, uniqueViolation } from "./errors";

/** A driver adapter's error as Prisma's adapters throw it: the driver's code in `cause`. */
function adapterError(cause: Record<string, unknown>) {
  return Object.assign(new Error(String(cause.originalMessage ?? "")), { name: "DriverAdapterError", cause });
}

describe("database errors read by code", () => {
  it("finds a unique violation by P2002 or the driver's code, with the fields it names", () => {
    const p2002 = Object.assign(new Error("x"), { code: "P2002", meta: { modelName: "Source", target: ["urlKey"] } });
    expect(uniqueViolation(p2002)).toEqual({ fields: ["urlKey"] });
    expect(uniqueViolation(adapterError({ originalCode: "23505", kind: "UniqueConstraintViolation", constraint: { fields: ["slug"] } }))).toEqual({ fields: ["slug"] });
    expect(uniqueViolation(adapterError({ originalCode: "SQLITE_CONSTRAINT_UNIQUE", constraint: { fields: ["hash"] } }))).toEqual({ fields: ["hash"] });
  });

  it("never by the words of a message", () => {
    expect(uniqueViolation(new Error("duplicate key value violates unique constraint"))).toBeNull();
    expect(databaseUnavailable(new Error("attempt to write a readonly database"))).toBeNull();
    expect(uniqueViolation(Object.assign(new Error("x"), { code: "P2025" }))).toBeNull();
  });

  it("tells a read-only database from one that is away, and both from other errors", () => {
    expect(databaseUnavailable(adapterError({ originalCode: "25006", kind: "postgres", code: "25006" }))).toEqual({ readOnly: true });
    expect(databaseUnavailable(Object.assign(new Error("x"), { code: "SQLITE_READONLY" }))).toEqual({ readOnly: true });
    expect(databaseUnavailable(adapterError({ originalCode: "57P01", kind: "postgres", code: "57P01" }))).toEqual({ readOnly: false });
    expect(databaseUnavailable(adapterError({ kind: "DatabaseNotReachable" }))).toEqual({ readOnly: false });
    expect(databaseUnavailable(Object.assign(new Error("x"), { code: "P1001" }))).toEqual({ readOnly: false });
    expect(databaseUnavailable(adapterError({ originalCode: "23505", kind: "UniqueConstraintViolation" }))).toBeNull();
    expect(databaseUnavailable(new TypeError("x is undefined"))).toBeNull();
  });
});
