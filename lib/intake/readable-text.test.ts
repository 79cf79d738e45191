import { describe, expect, it } from "vitest";
import { readUpload } from "./readable-text";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("readUpload", () => {
  it("reads plain text and normalises line ends", () => {
    expect(readUpload("a.txt", bytes("One.\r\nTwo."))).toEqual({ ok: true, text: "One.\nTwo.", title: null });
  });

  it("extracts the readable article from HTML and drops scripts and navigation", () => {
    const html = `<!doctype html><html><head><title>Raid report</title><script>alert(1)</script></head><body>
      <nav>Home | News</nav><article><h1>Raid report</h1>
      <p>Security forces detained 14 suspects in a dawn raid, officials said on Monday, adding that the operation followed weeks of surveillance.</p>
      <p>At least 3 of them were later released without charge after questioning by investigators from the interior ministry.</p>
      </article></body></html>`;
    const result = readUpload("page.html", bytes(html));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text).toContain("detained 14 suspects");
      expect(result.text).not.toContain("alert(1)");
      expect(result.text.split("\n\n").length).toBeGreaterThanOrEqual(2);
    }
  });

  it("refuses empty, binary, oversized and unknown files with a reason", () => {
    expect(readUpload("a.txt", new Uint8Array())).toMatchObject({ ok: false, message: /empty/ });
    expect(readUpload("a.txt", new Uint8Array([0x41, 0, 0x42]))).toMatchObject({ ok: false, message: /not readable text/ });
    expect(readUpload("a.txt", new Uint8Array([0xff, 0xfe, 0xfd]))).toMatchObject({ ok: false, message: /not readable text/ });
    expect(readUpload("a.txt", new Uint8Array(2_000_001).fill(0x41))).toMatchObject({ ok: false, message: /limit/ });
    expect(readUpload("a.pdf", bytes("plain"))).toMatchObject({ ok: false, message: /\.txt or \.html/ });
  });
});
