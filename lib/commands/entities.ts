// Outlets, actors and places as editors create them, and sources as editors correct them. Each
// change is checked against the ledger (no duplicate by name or alias, a place inside a larger
// one) and appends a hash-chained revision in the same transaction, like a claim.
import "server-only";
import { inTurn } from "@/lib/db/in-turn";
import { normaliseUrl } from "@/lib/domain/content-hash";
import { searchKey } from "@/lib/domain/search-key";
import { slugify } from "@/lib/domain/slug";
import type { ActorEdit, ActorInput, PlaceEdit, PlaceInput, SourceEdit } from "@/lib/schemas/entities";
import { ACTOR_KIND_LABELS } from "@/lib/schemas/entities";
import type { LookupItem } from "@/lib/schemas/lookup";
import type { Tx } from "@/lib/db/client";
import { dateToDay, dayToDate } from "@/lib/db/dates";
import { insertActor, insertPlace, updateActor, updatePlace, updateSource } from "@/lib/ledger/entities";
import { LedgerConflictError, LedgerInputError, LedgerNotFoundError } from "./errors";

/** The distinct search keys of a name and its aliases, the name's first. */
function keysOf(input: { name: string; aliases: string[] }): string[] {
  return [...new Set([input.name, ...input.aliases].map(searchKey).filter(Boolean))];
}

/** A slug no other row has: the name's, else the name's with a qualifier, else with a number. */
async function freeSlug(taken: (slug: string) => Promise<boolean>, name: string, qualifier: string | null): Promise<string> {
  const base = slugify(name);
  if (!base) throw new LedgerInputError({ name: "Use letters or digits in the name." });
  const candidates = [base, ...(qualifier ? [slugify(`${name} ${qualifier}`)] : [])];
  for (const c of candidates) if (!(await taken(c))) return c;
  for (let n = 2; ; n += 1) {
    const c = `${candidates.at(-1)!.slice(0, 75)}-${n}`;
    if (!(await taken(c))) return c;
  }
}

const ACTOR_ITEM = { id: true, slug: true, name: true, kind: true, affiliation: { select: { name: true } } } as const;

function actorItem(a: { slug: string; name: string; kind: keyof typeof ACTOR_KIND_LABELS; affiliation: { name: string } | null }): LookupItem {
  const kind = ACTOR_KIND_LABELS[a.kind];
  return { slug: a.slug, name: a.name, detail: a.affiliation ? `${kind}, ${a.affiliation.name}` : kind };
}

/**
 * Adds an outlet, ministry, armed group, NGO or person. Refused, naming the one it would repeat,
 * when its name or an alias is already an actor's name or alias, whatever the accents and case.
 */
export async function createActor(tx: Tx, input: ActorInput, author: string): Promise<LookupItem> {
  const keys = keysOf(input);
  const [byName, byAlias, affiliation] = await inTurn(
    () => tx.actor.findFirst({ where: { searchKey: { in: keys } }, select: ACTOR_ITEM }),
    () => tx.actorAlias.findFirst({ where: { searchKey: { in: keys } }, select: { name: true, actor: { select: ACTOR_ITEM } } }),
    () => (input.affiliation ? tx.actor.findUnique({ where: { slug: input.affiliation }, select: { id: true, name: true } }) : Promise.resolve(null)),
  );
  const existing = byName ?? byAlias?.actor;
  if (existing) {
    const via = byName ? "" : ` (known as “${byAlias!.name}”)`;
    throw new LedgerConflictError(`The ledger already has “${existing.name}”${via}, a ${ACTOR_KIND_LABELS[existing.kind]}. Use it instead.`, {
      field: "name",
      existing: actorItem(existing),
    });
  }
  if (input.affiliation && !affiliation) throw new LedgerInputError({ affiliation: `There is no actor “${input.affiliation}”.` });
  const slug = await freeSlug(async (s) => Boolean(await tx.actor.findUnique({ where: { slug: s }, select: { id: true } })), input.name, affiliation?.name ?? null);
  const aliases = aliasRows(input);
  const id = await insertActor(
    tx,
    { slug, name: input.name, kind: input.kind, searchKey: keys[0]!, affiliationId: affiliation?.id ?? null, wikidataId: input.wikidataId },
    aliases,
    {
      version: 1,
      author,
      reason: "added by an editor",
      snapshot: { slug, name: input.name, kind: input.kind, aliases: aliases.map((a) => a.name), affiliation: input.affiliation, wikidataId: input.wikidataId },
    },
  );
  const actor = await tx.actor.findUniqueOrThrow({ where: { id }, select: ACTOR_ITEM });
  return actorItem(actor);
}

function checkVersion(what: string, current: number, expected: number) {
  if (current !== expected) {
    throw new LedgerConflictError(`${what} changed since you opened it (now version ${current}). Reload it and apply your change again.`, { currentVersion: current });
  }
}

/** Corrects an actor; its name and aliases must stay clear of every other actor's. The slug stays, so links hold. */
export async function reviseActor(tx: Tx, slug: string, edit: ActorEdit, author: string): Promise<LookupItem> {
  const actor = await tx.actor.findUnique({ where: { slug }, select: { id: true, version: true } });
  if (!actor) throw new LedgerNotFoundError(`There is no actor “${slug}”.`);
  checkVersion(`Actor “${slug}”`, actor.version, edit.expectedVersion);
  const keys = keysOf(edit);
  const [byName, byAlias, affiliation] = await inTurn(
    () => tx.actor.findFirst({ where: { searchKey: { in: keys }, id: { not: actor.id } }, select: ACTOR_ITEM }),
    () => tx.actorAlias.findFirst({ where: { searchKey: { in: keys }, actorId: { not: actor.id } }, select: { actor: { select: ACTOR_ITEM } } }),
    () => (edit.affiliation ? tx.actor.findUnique({ where: { slug: edit.affiliation }, select: { id: true } }) : Promise.resolve(null)),
  );
  const other = byName ?? byAlias?.actor;
  if (other) throw new LedgerConflictError(`The ledger already has “${other.name}”, a ${ACTOR_KIND_LABELS[other.kind]}.`, { field: "name", existing: actorItem(other) });
  if (edit.affiliation && (!affiliation || affiliation.id === actor.id)) throw new LedgerInputError({ affiliation: `“${edit.affiliation}” cannot be its affiliation.` });
  const version = actor.version + 1;
  const aliases = aliasRows(edit);
  await updateActor(tx, actor.id, { name: edit.name, kind: edit.kind, searchKey: keys[0]!, affiliationId: affiliation?.id ?? null, wikidataId: edit.wikidataId, version }, aliases, {
    version,
    author,
    reason: edit.reason,
    snapshot: { slug, name: edit.name, kind: edit.kind, aliases: aliases.map((a) => a.name), affiliation: edit.affiliation, wikidataId: edit.wikidataId },
  });
  const row = await tx.actor.findUniqueOrThrow({ where: { id: actor.id }, select: ACTOR_ITEM });
  return actorItem(row);
}

/** Corrects a place's name, other names or Wikidata id; a sibling of the same kind may not share them. */
export async function revisePlace(tx: Tx, slug: string, edit: PlaceEdit, author: string): Promise<LookupItem> {
  const place = await tx.place.findUnique({
    where: { slug },
    select: { id: true, version: true, kind: true, iso2: true, ancestors: { where: { depth: 1 }, select: { ancestor: { select: { id: true, slug: true, name: true, kind: true } } } } },
  });
  if (!place) throw new LedgerNotFoundError(`There is no place “${slug}”.`);
  checkVersion(`Place “${slug}”`, place.version, edit.expectedVersion);
  const keys = keysOf(edit);
  const parents = place.ancestors.map((a) => a.ancestor);
  const within = parents.filter((p) => p.kind !== "world").map((p) => ({ ancestors: { some: { ancestorId: p.id } } }));
  const existing = await tx.place.findFirst({
    where: {
      id: { not: place.id },
      kind: place.kind,
      ...(within.length > 0 ? { OR: within } : {}),
      AND: [{ OR: [{ searchKey: { in: keys } }, { aliases: { some: { searchKey: { in: keys } } } }] }],
    },
    select: { slug: true, name: true, kind: true },
  });
  if (existing) throw new LedgerConflictError(`The ledger already has “${existing.name}”, a ${existing.kind} in the same place.`, { field: "name", existing: { slug: existing.slug, name: existing.name, detail: existing.kind } });
  const version = place.version + 1;
  const aliases = aliasRows(edit);
  const parent = parents[0] ?? null;
  await updatePlace(tx, place.id, { name: edit.name, searchKey: keys[0]!, wikidataId: edit.wikidataId, version }, aliases, {
    version,
    author,
    reason: edit.reason,
    snapshot: { slug, name: edit.name, kind: place.kind, parent: parent?.slug ?? null, aliases: aliases.map((a) => a.name), iso2: place.iso2, wikidataId: edit.wikidataId },
  });
  return { slug, name: edit.name, detail: parent ? `${place.kind} in ${parent.name}` : place.kind };
}

/** Aliases other than the name itself, one per search key. */
function aliasRows(input: { name: string; aliases: string[] }): Array<{ name: string; searchKey: string }> {
  const seen = new Set([searchKey(input.name)]);
  const rows: Array<{ name: string; searchKey: string }> = [];
  for (const alias of input.aliases) {
    const key = searchKey(alias);
    if (key && !seen.has(key)) rows.push({ name: alias, searchKey: key });
    seen.add(key);
  }
  return rows;
}

/** Containment runs from the largest kind to the smallest; a place lies inside a larger one. */
const PLACE_RANK = { world: 0, region: 1, country: 2, province: 3, city: 4, site: 5 } as const;

/**
 * Adds a place inside its parent, with every containment the parent has, so a figure for the new
 * place is compared with figures for the province and country it lies in. Refused when a place
 * of the same kind with that name or alias already lies inside the same parent.
 */
export async function createPlace(tx: Tx, input: PlaceInput, author: string): Promise<LookupItem> {
  const keys = keysOf(input);
  const parent = input.parent
    ? await tx.place.findUnique({ where: { slug: input.parent }, select: { id: true, name: true, kind: true, ancestors: { select: { ancestorId: true, depth: true } } } })
    : await tx.place.findFirst({ where: { kind: "world" }, select: { id: true, name: true, kind: true, ancestors: { select: { ancestorId: true, depth: true } } } });
  if (input.parent && !parent) throw new LedgerInputError({ parent: `There is no place “${input.parent}”.` });
  if (parent && PLACE_RANK[parent.kind] >= PLACE_RANK[input.kind]) {
    throw new LedgerInputError({ parent: `A ${input.kind} cannot lie inside a ${parent.kind} (${parent.name}); choose a larger place.` });
  }
  const within = parent && parent.kind !== "world" ? { ancestors: { some: { ancestorId: parent.id } } } : {};
  const sameKey = { OR: [{ searchKey: { in: keys } }, { aliases: { some: { searchKey: { in: keys } } } }] };
  const existing = await tx.place.findFirst({ where: { kind: input.kind, ...within, ...sameKey }, select: { slug: true, name: true, kind: true } });
  if (existing) {
    throw new LedgerConflictError(`The ledger already has “${existing.name}”, a ${existing.kind}${parent ? ` in ${parent.name}` : ""}. Use it instead.`, {
      field: "name",
      existing: { slug: existing.slug, name: existing.name, detail: parent ? `${existing.kind} in ${parent.name}` : existing.kind },
    });
  }
  const slug = await freeSlug(async (s) => Boolean(await tx.place.findUnique({ where: { slug: s }, select: { id: true } })), input.name, parent?.name ?? null);
  const aliases = aliasRows(input);
  await insertPlace(
    tx,
    { slug, name: input.name, kind: input.kind, iso2: input.iso2, searchKey: keys[0]!, wikidataId: input.wikidataId },
    aliases,
    parent?.ancestors ?? [],
    {
      version: 1,
      author,
      reason: "added by an editor",
      snapshot: { slug, name: input.name, kind: input.kind, parent: input.parent, aliases: aliases.map((a) => a.name), iso2: input.iso2, wikidataId: input.wikidataId },
    },
  );
  return { slug, name: input.name, detail: parent ? `${input.kind} in ${parent.name}` : input.kind };
}

/**
 * Corrects a source's title, outlet, address or date. The text, and so every claim's quote, stays
 * as it is. The claims' copy of the publication date follows the new one.
 */
export async function reviseSource(tx: Tx, id: number, edit: SourceEdit, author: string): Promise<{ version: number; dateChanged: boolean }> {
  const source = await tx.source.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      publishedAt: true,
      notBefore: true,
      datingNote: true,
      retrievedAt: true,
      contentHash: true,
      republishesSourceId: true,
      republishedOriginId: true,
      republishedViaId: true,
      republishedNote: true,
    },
  });
  if (!source) throw new LedgerNotFoundError(`There is no source #${id}.`);
  if (source.version !== edit.expectedVersion) {
    throw new LedgerConflictError(`Source #${id} changed since you opened it (now version ${source.version}). Reload it and apply your change again.`, {
      currentVersion: source.version,
    });
  }
  const fields: Record<string, string> = {};
  const urlKey = edit.url ? normaliseUrl(edit.url) : null;
  const [outlet, sameUrl] = await inTurn(
    () => (edit.outlet ? tx.actor.findUnique({ where: { slug: edit.outlet }, select: { id: true } }) : Promise.resolve(null)),
    () => (urlKey ? tx.source.findFirst({ where: { urlKey, id: { not: id } }, select: { id: true } }) : Promise.resolve(null)),
  );
  if (edit.outlet && !outlet) fields.outlet = `There is no outlet “${edit.outlet}”.`;
  if (sameUrl) fields.url = `This address is already source #${sameUrl.id}.`;
  if (edit.publishedAt !== null && edit.publishedAt > new Date().toISOString().slice(0, 10)) fields.publishedAt = "The publication date cannot be in the future.";
  if (Object.keys(fields).length > 0) throw new LedgerInputError(fields);

  const publishedAt = edit.undated ? null : dayToDate(edit.publishedAt);
  const version = source.version + 1;
  const row = { title: edit.title, outletId: outlet?.id ?? null, url: edit.url, urlKey, publishedAt, version };
  const dateChanged = dateToDay(source.publishedAt) !== dateToDay(publishedAt);
  const { version: _v, ...columns } = row;
  await updateSource(tx, id, row, dateChanged ? { publishedAt } : null, {
    version,
    author,
    reason: edit.reason,
    snapshot: {
      ...columns,
      notBefore: source.notBefore,
      datingNote: source.datingNote,
      retrievedAt: source.retrievedAt,
      contentHash: source.contentHash,
      republishesSourceId: source.republishesSourceId,
      republishedOriginId: source.republishedOriginId,
      republishedViaId: source.republishedViaId,
      republishedNote: source.republishedNote,
    },
  });
  return { version, dateChanged };
}
