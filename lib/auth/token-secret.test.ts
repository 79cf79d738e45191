import { describe, expect, it } from "vitest";
import { hashToken, newTokenSecret, shownPrefix, tokenMatches, tokenPublicId } from "./token-secret";

describe("API token secrets", () => {
  it("makes a recognisable token whose hash is what is stored", () => {
    const { token, publicId, hash } = newTokenSecret();
    expect(token).toMatch(/^fl_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(tokenPublicId(token)).toBe(publicId);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token.slice(16));
    expect(shownPrefix(publicId)).toBe(`fl_${publicId}_…`);
  });

  it("never makes the same token twice", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newTokenSecret().token));
    expect(tokens.size).toBe(200);
  });

  it("matches only the token itself", () => {
    const { token, hash } = newTokenSecret();
    expect(tokenMatches(token, hash)).toBe(true);
    const changed = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(tokenMatches(changed, hash)).toBe(false);
    expect(tokenMatches(token, "")).toBe(false);
    expect(tokenMatches(token, "zz")).toBe(false);
  });

  it("reads no public id from a malformed token", () => {
    const { token } = newTokenSecret();
    for (const bad of ["", "fl_", token + "x", token.slice(1), token.replace("fl_", "FL_"), ` ${token}`, "fl_0123456789ab_short"]) {
      expect(tokenPublicId(bad)).toBeNull();
    }
  });
});
