import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The layers hold only while nothing imports in a circle: a helper two folders need lives below
// both. This reads every import (type-only ones too) of the project's own files with the
// TypeScript compiler and fails on any cycle between files, or between folders of lib/.

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["app", "components", "lib", "scripts", "seeds", "tests", "e2e"];
const SKIPPED = new Set(["node_modules", "generated", ".next"]);

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every project file and the project files it imports. */
function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of SCANNED.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles.map((f) => resolve(file, f.fileName)).filter((f): f is string => f !== null);
    graph.set(file, new Set(targets));
  }
  return graph;
}

/** Strongly connected components with more than one node, or a node that imports itself (Tarjan). */
export function cycles<T>(graph: Map<T, Set<T>>): T[][] {
  let counter = 0;
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const stack: T[] = [];
  const onStack = new Set<T>();
  const found: T[][] = [];
  const visit = (node: T) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: T[] = [];
      let member: T;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const relative = (file: string) => path.relative(ROOT, file);

/** The folder of lib/ a file is in ("lib/domain/agreement"); files directly in lib/ count as their own. */
function libFolder(file: string): string | null {
  const rel = relative(file);
  if (!rel.startsWith("lib/")) return null;
  const dir = path.dirname(rel);
  return dir === "lib" ? rel.replace(/\.tsx?$/, "") : dir;
}

describe("imports", () => {
  const graph = importGraph();

  it("finds the project's files and their imports", () => {
    expect(graph.size).toBeGreaterThan(100);
    const commands = [...graph.keys()].find((f) => relative(f) === "lib/commands/commands.ts");
    expect(commands && [...graph.get(commands)!].map(relative)).toContain("lib/ledger/claims.ts");
  });

  it("form no cycle between files", () => {
    expect(cycles(graph).map((c) => c.map(relative).sort())).toEqual([]);
  });

  // Tests are left out here: a unit test beside the domain may use the shared fixtures of lib/testing.
  it("form no cycle between folders of lib/", () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = /\.test\.tsx?$/.test(file) ? null : libFolder(file);
      if (from === null) continue;
      const edges = folders.get(from) ?? new Set<string>();
      for (const target of targets) {
        const to = libFolder(target);
        if (to !== null && to !== from) edges.add(to);
      }
      folders.set(from, edges);
    }
    expect(cycles(folders).map((c) => c.sort())).toEqual([]);
  });

  // A client component's imports reach the browser; none may lead to a server-only module (the build
  // would fail) or to node: built-ins. Type-only imports are followed too, which is stricter.
  it("keep client components away from server-only modules", () => {
    const clientFiles = [...graph.keys()].filter((f) => /^["']use client["'];?/.test(fs.readFileSync(f, "utf8").trimStart()));
    expect(clientFiles.map(relative)).toEqual(expect.arrayContaining(["components/forms/claim-form.tsx", "components/review/review-board.tsx"]));
    const offending: string[] = [];
    for (const start of clientFiles) {
      const seen = new Set<string>([start]);
      const queue = [start];
      while (queue.length > 0) {
        const file = queue.pop()!;
        const text = fs.readFileSync(file, "utf8");
        if (/^import "server-only";$/m.test(text) || /from "node:/.test(text)) offending.push(`${relative(start)} → ${relative(file)}`);
        for (const next of graph.get(file) ?? []) {
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it("the cycle finder sees a cycle, and a self-import, and nothing in a tree", () => {
    const g = (edges: Array<[string, string]>) => {
      const m = new Map<string, Set<string>>();
      for (const [a, b] of edges) {
        m.set(a, (m.get(a) ?? new Set()).add(b));
        if (!m.has(b)) m.set(b, new Set());
      }
      return m;
    };
    expect(cycles(g([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]])).map((c) => c.sort())).toEqual([["a", "b", "c"]]);
    expect(cycles(g([["a", "a"]]))).toEqual([["a"]]);
    expect(cycles(g([["a", "b"], ["a", "c"], ["b", "c"]]))).toEqual([]);
  });
});
