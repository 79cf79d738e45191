import { describe, expect, it } from "vitest";
import { loginPath, safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNextPath("/admin/users")).toBe("/admin/users");
    expect(safeNextPath("/metrics/deaths?sort=value&dir=desc#table")).toBe("/metrics/deaths?sort=value&dir=desc#table");
    expect(safeNextPath("/sources/12/../13")).toBe("/sources/13");
  });

  it("falls back to / for anything that could leave the site", () => {
    for (const raw of [
      "https://evil.example/",
      "//evil.example/path",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "javascript:alert(1)",
      "evil.example",
      "",
      "/".padEnd(2001, "a"),
    ]) {
      expect(safeNextPath(raw), JSON.stringify(raw)).toBe("/");
    }
  });

  it("ignores what is not a string and uses the given fallback", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(null, "/sources")).toBe("/sources");
    expect(safeNextPath(["/admin/users"])).toBe("/");
  });

  it("never sends back to the login page or into the auth API", () => {
    expect(safeNextPath("/login?next=/login")).toBe("/");
    expect(safeNextPath("/api/auth/sign-out")).toBe("/");
  });
});

describe("loginPath", () => {
  it("carries the page to come back to, and why", () => {
    expect(loginPath("/admin/users")).toBe("/login?next=%2Fadmin%2Fusers");
    expect(loginPath("/admin/users", "expired")).toBe("/login?next=%2Fadmin%2Fusers&reason=expired");
    expect(loginPath("https://evil.example")).toBe("/login?next=%2F");
  });
});
