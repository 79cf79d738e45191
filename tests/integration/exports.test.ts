// Downloads of a filtered view on both databases: CSV and JSON Lines hold exactly the claims of
// the list, one a row, with the columns a reader needs, and end with the mark of a complete file.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_END_MARK } from "@/lib/api/export-stream";
import { EXPORT_COLUMNS } from "@/lib/data/claim-export";
import { listClaims } from "@/lib/data/claim-list";
import type { ClaimFilters } from "@/lib/schemas/claim-filters";
import { EACH_DATABASE, seededLedger } from "@/lib/testing/seeded-ledger";

const csvRoute = await import("@/app/api/v1/exports/claims.csv/route");
const jsonlRoute = await import("@/app/api/v1/exports/claims.jsonl/route");

async function listed(filters: ClaimFilters) {
  const ids: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await listClaims(filters, { cursor, limit: 100 });
    ids.push(...page.rows.map((r) => r.id));
    cursor = page.next ?? undefined;
  } while (cursor);
  return ids;
}

describe.each(EACH_DATABASE)("exports on %s", (_name, create) => {
  const t = seededLedger(create);

  it("CSV: one claim a row, in the list's order, then the end mark with the count", async () => {
    const response = await csvRoute.GET(new Request("http://ledger.test/api/v1/exports/claims.csv?place=syria&status=active"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="figure-ledger-claims-\d{4}-\d{2}-\d{2}\.csv"/);
    const records = parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
    const end = records.pop()!;
    const expected = await listed({ place: "syria", status: "active" });
    expect(expected.length).toBeGreaterThan(3);
    expect(end.id).toBe(CSV_END_MARK);
    expect(Number(end.permalink)).toBe(expected.length);
    expect(records.map((r) => Number(r.id))).toEqual(expected);
    expect(Object.keys(records[0]!)).toEqual(EXPORT_COLUMNS);

    const claim = await t.db.claim.findUniqueOrThrow({ where: { id: expected[0]! }, include: { source: { include: { outlet: true } }, metric: true, attributions: { include: { actor: true }, orderBy: { position: "asc" } } } });
    const row = records[0]!;
    expect(row.permalink).toBe(`http://ledger.test/claims/${claim.id}`);
    expect(row.quote).toBe(claim.quoteExact);
    expect(row.metric).toBe(claim.metric.name);
    expect(row.outlet).toBe(claim.source.outlet?.name ?? "");
    expect(row.attribution).toBe(claim.attributions.map((a) => a.actor.name).join(" → "));
    expect(row.qualifier).toBe(claim.qualifier);
  });

  it("JSON Lines: one claim a line, then {complete: true, claims: N}", async () => {
    const response = await jsonlRoute.GET(new Request("http://ledger.test/api/v1/exports/claims.jsonl?origin=sdf"));
    expect(response.status).toBe(200);
    const lines = (await response.text()).trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const end = lines.pop();
    const expected = await listed({ origin: "sdf" });
    expect(end).toEqual({ complete: true, claims: expected.length });
    expect(lines.map((l) => l.id)).toEqual(expected);
    expect(lines.every((l) => typeof l.group_verdict === "string" || l.group_verdict === null)).toBe(true);
  });

  it("exports everything unfiltered, and refuses a bad filter before sending anything", async () => {
    const all = await (await jsonlRoute.GET(new Request("http://ledger.test/api/v1/exports/claims.jsonl"))).text();
    expect(all.trimEnd().split("\n").length).toBe((await t.db.claim.count()) + 1);
    for (const query of ["place=atlantis", "colour=red", "periodFrom=2024-02-31", "cursor=abc"]) {
      const response = await csvRoute.GET(new Request(`http://ledger.test/api/v1/exports/claims.csv?${query}`));
      expect(response.status).toBe(422);
      expect(((await response.json()) as { fields: Record<string, string> }).fields).toBeDefined();
    }
  });
});
