import "server-only";
import { Prisma } from "@/lib/generated/sqlite/client";
import { ActorKind, ClaimStatus, LevelChange, Modality, Qualifier, RelationKind, RevisionAction, Verdict } from "@/lib/generated/sqlite/enums";
import { z } from "@/lib/schemas/zod";
import { dateToDay } from "@/lib/db/dates";
import { decimalText } from "@/lib/db/values";

/*
 * Raw SQL for the hot reads, valid on SQLite and PostgreSQL alike (quoted Prisma names, no
 * dialect-only functions), sent through the one Prisma client with `$queryRaw`. Prisma's JS engine
 * sends one query per relation level of a nested `select`; these reads join instead. Raw rows differ
 * by database (PostgreSQL gives Decimal objects, SQLite the stored text; counts may be bigints), so
 * every row is parsed with a zod schema into the same plain data the Prisma reads return.
 */

const decimal = z
  .union([z.string(), z.number(), z.custom<{ toFixed(): string }>((v) => typeof v === "object" && v !== null && "toFixed" in v)])
  .nullable()
  // SQLite keeps the text as written ("0.0"); Prisma's own reads give its canonical form ("0").
  .transform((d) => decimalText(d === null ? null : typeof d === "object" ? d : new Prisma.Decimal(d)));
const date = z.union([z.date(), z.string(), z.number()]).transform((d) => (d instanceof Date ? d : new Date(d)));
const int = z.union([z.number(), z.bigint()]).transform(Number);
const enumOf = <T extends Record<string, string>>(values: T) => z.enum(Object.values(values) as [T[keyof T], ...Array<T[keyof T]>]);

/** The columns of one claim row (lib/data/claim-row.ts) with its metric, place, origin, source and outlet. */
export const CLAIM_ROW_COLUMNS = Prisma.raw(`c.id, c.qualifier, c."valueLow", c."valueBest", c."valueHigh", c."vagueTerm", c.modality, c.surface,
  c."quoteExact", c."periodStart", c."periodEnd", c."periodLabel", c.status, c."createdAt",
  m.slug AS "metricSlug", m.name AS "metricName", m.unit AS "metricUnit", p.slug AS "placeSlug", p.name AS "placeName",
  oa.slug AS "originSlug", oa.name AS "originName", s.id AS "sourceId", s.title AS "sourceTitle",
  s."publishedAt" AS "sourcePublishedAt", o.name AS "outletName"`);

/** The joins CLAIM_ROW_COLUMNS reads from, for a claim aliased `c`. */
export const CLAIM_ROW_JOINS = Prisma.raw(`JOIN "Metric" m ON m.id = c."metricId" JOIN "Place" p ON p.id = c."placeId"
  LEFT JOIN "Actor" oa ON oa.id = c."originActorId" JOIN "Source" s ON s.id = c."sourceId" LEFT JOIN "Actor" o ON o.id = s."outletId"`);

const claimRowColumns = {
  id: int,
  qualifier: enumOf(Qualifier),
  valueLow: decimal,
  valueBest: decimal,
  valueHigh: decimal,
  vagueTerm: z.string().nullable(),
  modality: enumOf(Modality),
  surface: z.string(),
  quoteExact: z.string(),
  periodStart: date.nullable(),
  periodEnd: date.nullable(),
  periodLabel: z.string(),
  status: enumOf(ClaimStatus),
  metricSlug: z.string(),
  metricName: z.string(),
  metricUnit: z.string(),
  placeSlug: z.string(),
  placeName: z.string(),
  originSlug: z.string().nullable(),
  originName: z.string().nullable(),
  sourceId: int,
  sourceTitle: z.string().nullable(),
  sourcePublishedAt: date.nullable(),
  outletName: z.string().nullable(),
};

/** A claim row as lib/data/claim-row.ts's toClaimRow gives it. */
function claimRow(r: z.infer<z.ZodObject<typeof claimRowColumns>>) {
  return {
    id: r.id,
    value: { qualifier: r.qualifier, low: r.valueLow, best: r.valueBest, high: r.valueHigh, vagueTerm: r.vagueTerm },
    modality: r.modality,
    surface: r.surface,
    quote: r.quoteExact,
    period: { start: dateToDay(r.periodStart), end: dateToDay(r.periodEnd), label: r.periodLabel },
    status: r.status,
    metric: { slug: r.metricSlug, name: r.metricName, unit: r.metricUnit },
    place: { slug: r.placeSlug, name: r.placeName },
    origin: r.originSlug === null || r.originName === null ? null : { slug: r.originSlug, name: r.originName },
    source: { id: r.sourceId, title: r.sourceTitle, outlet: r.outletName, publishedAt: dateToDay(r.sourcePublishedAt) },
  };
}

export const claimRowSchema = z.object(claimRowColumns).transform(claimRow);

/** The claim page's own row: the claim row and what only the page shows. */
export const claimDetailSchema = z
  .object({
    ...claimRowColumns,
    key: z.string().nullable(),
    note: z.string(),
    statusReason: z.string(),
    version: int,
    updatedAt: date,
    quotePrefix: z.string(),
    quoteSuffix: z.string(),
    quoteStart: int,
    quoteEnd: int,
    surfaceStart: int.nullable(),
    surfaceEnd: int.nullable(),
    change: enumOf(LevelChange).nullable(),
    cumulative: z.union([z.boolean(), z.number(), z.bigint()]).transform(Boolean),
    topicSlug: z.string(),
    topicName: z.string(),
    sourceUrl: z.string().nullable(),
    sourceNotBefore: date.nullable(),
    sourceRetrievedAt: date.nullable(),
    sourceText: z.string(),
    outletSlug: z.string().nullable(),
    groupId: int.nullable(),
    groupVerdict: enumOf(Verdict).nullable(),
    groupSummary: z.string().nullable(),
  })
  .transform((r) => ({ row: claimRow(r), detail: r }));

export const CLAIM_DETAIL_SQL = (id: number) => Prisma.sql`SELECT ${CLAIM_ROW_COLUMNS}, c.key, c.note, c."statusReason", c.version,
  c."updatedAt", c."quotePrefix", c."quoteSuffix", c."quoteStart", c."quoteEnd", c."surfaceStart", c."surfaceEnd",
  c.change, c.cumulative, t.slug AS "topicSlug", t.name AS "topicName", s.url AS "sourceUrl", s."notBefore" AS "sourceNotBefore",
  s."retrievedAt" AS "sourceRetrievedAt", s.text AS "sourceText", o.slug AS "outletSlug",
  g.id AS "groupId", g.verdict AS "groupVerdict", g.summary AS "groupSummary"
  FROM "Claim" c ${CLAIM_ROW_JOINS} JOIN "Topic" t ON t.id = m."topicId"
  LEFT JOIN "AgreementMember" am ON am."claimId" = c.id LEFT JOIN "AgreementGroup" g ON g.id = am."groupId"
  WHERE c.id = ${id}`;

export const attributionSchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: enumOf(ActorKind),
  affiliation: z.string().nullable(),
});

export const ATTRIBUTION_SQL = (id: number) => Prisma.sql`SELECT ac.slug, ac.name, ac.kind, af.name AS affiliation
  FROM "ClaimAttribution" a JOIN "Actor" ac ON ac.id = a."actorId" LEFT JOIN "Actor" af ON af.id = ac."affiliationId"
  WHERE a."claimId" = ${id} ORDER BY a.position`;

const RELATION_COLUMNS = Prisma.raw(`r.id AS "relationId", r.kind AS "relationKind", r.factor, r.comparator,
  r."baselinePeriodStart", r."baselinePeriodEnd", r."baselinePeriodLabel", r."baselineDescription", r.note AS "relationNote"`);

const relationColumns = {
  relationId: int,
  relationKind: enumOf(RelationKind),
  factor: decimal,
  comparator: enumOf(Qualifier).nullable(),
  baselinePeriodStart: date.nullable(),
  baselinePeriodEnd: date.nullable(),
  baselinePeriodLabel: z.string(),
  baselineDescription: z.string(),
  relationNote: z.string(),
};

function relation(r: z.infer<z.ZodObject<typeof relationColumns>>) {
  return {
    id: r.relationId,
    kind: r.relationKind,
    factor: r.factor,
    comparator: r.comparator,
    baseline: {
      period: { start: dateToDay(r.baselinePeriodStart), end: dateToDay(r.baselinePeriodEnd), label: r.baselinePeriodLabel },
      description: r.baselineDescription,
    },
    note: r.relationNote,
  };
}

/** A relation to another claim; the other claim is absent when the relation points outside the ledger. */
const relationSchema = z.object(relationColumns).transform(relation);

export const relationFromSchema = z.unknown().transform((r) => ({
  ...relationSchema.parse(r),
  other: (r as { id?: unknown }).id === null ? null : claimRowSchema.parse(r),
}));

export const relationToSchema = z.object({ ...relationColumns, ...claimRowColumns }).transform((r) => ({ ...relation(r), other: claimRow(r) }));

export const RELATIONS_FROM_SQL = (id: number) => Prisma.sql`SELECT ${RELATION_COLUMNS}, ${CLAIM_ROW_COLUMNS}
  FROM "ClaimRelation" r LEFT JOIN "Claim" c ON c.id = r."toClaimId" LEFT JOIN "Metric" m ON m.id = c."metricId"
  LEFT JOIN "Place" p ON p.id = c."placeId" LEFT JOIN "Actor" oa ON oa.id = c."originActorId"
  LEFT JOIN "Source" s ON s.id = c."sourceId" LEFT JOIN "Actor" o ON o.id = s."outletId"
  WHERE r."fromClaimId" = ${id} ORDER BY r.id`;

export const RELATIONS_TO_SQL = (id: number) => Prisma.sql`SELECT ${RELATION_COLUMNS}, ${CLAIM_ROW_COLUMNS}
  FROM "ClaimRelation" r JOIN "Claim" c ON c.id = r."fromClaimId" ${CLAIM_ROW_JOINS}
  WHERE r."toClaimId" = ${id} ORDER BY r.id`;

export const revisionSchema = z.object({
  id: int,
  version: int,
  action: enumOf(RevisionAction),
  author: z.string(),
  reason: z.string(),
  createdAt: date,
  hash: z.string(),
  prevHash: z.string(),
  snapshot: z.string(),
});

export const CLAIM_REVISIONS_SQL = (id: number) => Prisma.sql`SELECT id, version, action, author, reason, "createdAt", hash,
  "prevHash", snapshot FROM "Revision" WHERE "entityType" = 'claim' AND "entityId" = ${id} ORDER BY version`;

/** Runs one raw read and parses every row. */
export async function rows<S extends z.ZodType>(
  client: { $queryRaw<T = unknown>(query: Prisma.Sql): Prisma.PrismaPromise<T> },
  query: Prisma.Sql,
  schema: S,
): Promise<Array<z.output<S>>> {
  const raw = await client.$queryRaw<unknown[]>(query);
  return raw.map((r) => schema.parse(r));
}
