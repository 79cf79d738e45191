import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHash, normaliseTextForHash, normaliseUrl } from "./content-hash";

describe("normaliseTextForHash", () => {
  it("removes paste noise", () => {
    const pasted = "  Headline\r\n\r\n\r\n\r\nFirst\t\tparagraph  with   spaces. \rSecond\u00a0line \n\n\n";
    expect(normaliseTextForHash(pasted)).toBe("Headline\n\nFirst paragraph with spaces.\nSecond line");
  });

  it("composes characters into one Unicode form", () => {
    expect(normaliseTextForHash("Cafe\u0301")).toBe("Caf\u00e9");
  });

  it("keeps single line breaks and one blank line, which carry meaning", () => {
    expect(normaliseTextForHash("a\nb\n\nc")).toBe("a\nb\n\nc");
  });

  it("is idempotent and leaves no paste noise behind (property)", () => {
    const noisyText = fc.string({ unit: fc.constantFrom("a", "b", " ", "\t", "\n", "\r", "\u00a0", "e\u0301") });
    fc.assert(
      fc.property(noisyText, (text) => {
        const once = normaliseTextForHash(text);
        expect(normaliseTextForHash(once)).toBe(once);
        expect(once).not.toMatch(/\r|\t|\u00a0| {2}|\n{3}|^\s|\s$| \n|\n /);
        // Only whitespace is touched: the visible characters stay, in order.
        expect(once.replace(/\s/g, "")).toBe(text.normalize("NFC").replace(/\s/g, ""));
      }),
    );
  });
});

describe("contentHash", () => {
  it("is sha256: and the hex digest of the normalized text", () => {
    const expected = createHash("sha256").update("Caf\u00e9 42", "utf8").digest("hex");
    expect(contentHash(" Cafe\u0301  42\r\n")).toBe(`sha256:${expected}`);
    expect(contentHash("")).toBe("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("matches for re-pastes and differs when a figure changes", () => {
    const article = "Officials said 2,500 people fled.\n\nAid groups disagree.";
    expect(contentHash(article.replace(/\n/g, "\r\n") + "\n")).toBe(contentHash(article));
    expect(contentHash(article.replace("2,500", "2,600"))).not.toBe(contentHash(article));
  });
});

describe("normaliseUrl", () => {
  it.each([
    ["HTTP://WWW.Example.COM/News/Story/", "https://example.com/News/Story"],
    ["http://example.com:80/a", "https://example.com/a"],
    ["https://example.com:443/a", "https://example.com/a"],
    ["http://example.com:443/a", "https://example.com/a"],
    ["https://example.com:8443/a", "https://example.com:8443/a"],
    ["https://example.com/a#comments", "https://example.com/a"],
    ["https://example.com/a?utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=tw&ocid=5", "https://example.com/a"],
    ["https://example.com/a?z=1&id=7&utm_campaign=c&a=2", "https://example.com/a?a=2&id=7&z=1"],
    ["https://example.com/a?tag=b&tag=a", "https://example.com/a?tag=b&tag=a"],
    ["https://example.com/", "https://example.com/"],
    ["https://example.com", "https://example.com/"],
    ["https://example.com/a///", "https://example.com/a"],
    ["https://example.com/?", "https://example.com/"],
    ["  https://example.com/a  ", "https://example.com/a"],
    ["https://www.www.example.com/a", "https://example.com/a"],
    ["https://wwwexample.com/a", "https://wwwexample.com/a"],
    ["https://BÜCHER.example/a", "https://xn--bcher-kva.example/a"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it.each(["", "not a url", "example.com/a", "ftp://example.com/a", "mailto:news@example.com", "javascript:alert(1)", "http://"])(
    "rejects %j",
    (input) => {
      expect(normaliseUrl(input)).toBeNull();
    },
  );

  it("keeps a parameter whose name merely starts like a tracking one", () => {
    expect(normaliseUrl("https://example.com/a?reference=9&utmost=1")).toBe("https://example.com/a?reference=9&utmost=1");
  });

  it("is idempotent and always gives a clean https URL (property)", () => {
    const webUrl = fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true });
    fc.assert(
      fc.property(webUrl, (url) => {
        const once = normaliseUrl(url);
        expect(once).not.toBeNull();
        expect(normaliseUrl(once!)).toBe(once);
        const parsed = new URL(once!);
        expect(parsed.protocol).toBe("https:");
        expect(parsed.hash).toBe("");
        expect(parsed.hostname.startsWith("www.")).toBe(false);
      }),
    );
  });
});
