import { describe, expect, it } from "vitest";
import { createUserBodySchema, loginBodySchema, setRoleBodySchema } from "./user";

describe("createUserBodySchema", () => {
  it("trims and lower-cases the email", () => {
    const parsed = createUserBodySchema.parse({ email: "  Ada@Example.ORG ", name: " Ada ", role: "admin", password: "twelve-chars" });
    expect(parsed).toEqual({ email: "ada@example.org", name: "Ada", role: "admin", password: "twelve-chars" });
  });

  it("names each bad field", () => {
    const result = createUserBodySchema.safeParse({ email: "ada", name: "", role: "owner", password: "short" });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({
      email: "Enter a valid email address, like name@example.org.",
      name: "Enter a name.",
      role: "Choose a role: editor or admin.",
      password: "Use at least 12 characters.",
    });
  });
});

describe("loginBodySchema", () => {
  it("asks for both fields but says nothing about password rules", () => {
    expect(loginBodySchema.safeParse({ email: "ed@example.org", password: "x" }).success).toBe(true);
    const result = loginBodySchema.safeParse({ email: "", password: "" });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["email", "Enter an email address."],
      ["password", "Enter your password."],
    ]);
  });
});

describe("setRoleBodySchema", () => {
  it("accepts only the ledger's roles", () => {
    expect(setRoleBodySchema.safeParse({ userId: "u1", role: "editor" }).success).toBe(true);
    expect(setRoleBodySchema.safeParse({ userId: "u1", role: "user" }).success).toBe(false);
  });
});
