import { describe, expect, it } from "vitest";
import { apiTokenInputSchema, TOKEN_NAME_MAX } from "./api-token";

const schema = apiTokenInputSchema("2026-11-30");
const errors = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the token form's schema", () => {
  it("takes a name, a scope and an optional expiry day", () => {
    expect(schema.parse({ name: "  nightly import ", scope: "write", expiresOn: "" })).toEqual({ name: "nightly import", scope: "write", expiresOn: null });
    expect(schema.parse({ name: "reader", scope: "read", expiresOn: "2027-06-01" })).toEqual({ name: "reader", scope: "read", expiresOn: "2027-06-01" });
  });

  it("names each bad field", () => {
    expect(errors({ name: " ", scope: "admin", expiresOn: "2026-11-30" })).toEqual({
      name: "Name the token, e.g. after the script that will use it.",
      scope: "Choose read or write.",
      expiresOn: "The expiry must be after today.",
    });
    expect(errors({ name: "x".repeat(TOKEN_NAME_MAX + 1), scope: "read", expiresOn: "2026-02-30" })).toMatchObject({ name: expect.stringMatching(/at most/), expiresOn: expect.stringMatching(/YYYY-MM-DD/) });
    expect(errors({ name: "far", scope: "read", expiresOn: "2028-01-01" })).toEqual({ expiresOn: expect.stringMatching(/at most 366 days; pick 2027-12-01 or earlier/) });
    expect(errors({})).toMatchObject({ name: expect.any(String), scope: expect.any(String), expiresOn: expect.any(String) });
  });
});
