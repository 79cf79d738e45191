import { describe, expect, it } from "vitest";
import { GENESIS_HASH, canonicalJson, revisionHash, verifyRevisionChain, type RevisionContent, type StoredRevision } from "./revision-chain";

function chain(contents: RevisionContent[]): StoredRevision[] {
  let prev = GENESIS_HASH;
  return contents.map((content, i) => {
    const hash = revisionHash(prev, content);
    const row = { ...content, id: i + 1, prevHash: prev, hash };
    prev = hash;
    return row;
  });
}

const base: RevisionContent = {
  entityType: "claim",
  entityId: 1,
  version: 1,
  action: "create",
  author: "seed",
  reason: "",
  snapshot: '{"best":"2500"}',
  createdAt: "2026-01-01T00:00:00.000Z",
};

describe("canonicalJson", () => {
  it("does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });
});

describe("verifyRevisionChain", () => {
  const rows = chain([base, { ...base, version: 2, action: "edit", reason: "typo", snapshot: '{"best":"2600"}' }, { ...base, entityId: 2 }]);

  it("accepts an intact chain", () => {
    expect(verifyRevisionChain(rows)).toMatchObject({ ok: true, checked: 3 });
  });

  it("names the first revision whose content was altered", () => {
    const tampered = rows.map((r) => (r.id === 2 ? { ...r, snapshot: '{"best":"9999"}' } : r));
    expect(verifyRevisionChain(tampered)).toMatchObject({ ok: false, first: { id: 2, problem: "hash-mismatch" }, checked: 1 });
  });

  it("detects a removed revision", () => {
    const gap = rows.filter((r) => r.id !== 2);
    expect(verifyRevisionChain(gap)).toMatchObject({ ok: false, first: { id: 3, problem: "prev-hash-mismatch" } });
  });

  it("detects a rewritten hash even when the content is consistent with it", () => {
    const forged = rows.map((r) => (r.id === 1 ? { ...r, reason: "x", hash: revisionHash(r.prevHash, { ...base, reason: "x" }) } : r));
    expect(verifyRevisionChain(forged)).toMatchObject({ ok: false, first: { id: 2, problem: "prev-hash-mismatch" } });
  });

  it("continues from a given hash when verified in pages", () => {
    const first = verifyRevisionChain(rows.slice(0, 2));
    expect(first.ok).toBe(true);
    if (first.ok) expect(verifyRevisionChain(rows.slice(2), first.lastHash)).toMatchObject({ ok: true, checked: 1 });
  });
});
