import { describe, expect, it } from "vitest";
import { LedgerConflictError } from "@/lib/commands/errors";
import { failedForm } from "./failed-form";

describe("a conflict as a form shows it", () => {
  it("puts a duplicate's note at the field it repeats, keeping what was typed", () => {
    const error = new LedgerConflictError("The ledger already has “JFeed”, a news outlet.", { field: "name", existing: { slug: "jfeed", name: "JFeed", detail: "news outlet" } });
    expect(failedForm(error, { name: "Jfeed" })).toEqual({
      status: "error",
      message: "Some fields need attention; see the notes next to them.",
      fields: { name: "The ledger already has “JFeed”, a news outlet." },
      values: { name: "Jfeed" },
    });
  });

  it("keeps a conflict that names no field above the form", () => {
    const stale = new LedgerConflictError("Actor “sdf” changed since you opened it (now version 3).", { currentVersion: 3 });
    expect(failedForm(stale, {})).toMatchObject({ message: stale.message, fields: {} });
  });
});
