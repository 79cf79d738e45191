import { describe, expect, it } from "vitest";
import { parseId } from "./ids";

describe("parseId", () => {
  it("accepts positive integers", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId("2147483647")).toBe(2147483647);
  });

  it("rejects everything else", () => {
    for (const raw of ["0", "-1", "01", "1.5", "abc", "1e3", "", "2147483648", "99999999999999999"]) {
      expect(parseId(raw), raw).toBeNull();
    }
  });
});
