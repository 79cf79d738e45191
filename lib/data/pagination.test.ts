import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./pagination";

describe("cursors", () => {
  it("round-trip", () => {
    expect(decodeCursor(encodeCursor({ v: "2500", id: 7 }))).toEqual({ v: "2500", id: 7 });
    expect(decodeCursor(encodeCursor({ v: null, id: 1 }))).toEqual({ v: null, id: 1 });
  });

  it("read garbage as no cursor", () => {
    expect(decodeCursor("not-base64-json")).toBeNull();
    expect(decodeCursor(Buffer.from('{"v":1,"id":-3}').toString("base64url"))).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
});
