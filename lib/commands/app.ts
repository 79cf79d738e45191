// The commands on the process-wide database: what server actions and API routes call, so that
// nothing under app/ opens the database itself. Tests and scripts call ./commands with their own.
// After each commit, the read cache expires the tags of what the write touched (lib/read-cache).
import "server-only";
import { db, type Db } from "@/lib/db/client";
import { expireAfterWrite } from "@/lib/read-cache/expire";
import type { ClaimFootprint, WriteEffect } from "@/lib/read-cache/tags";
import * as commands from "./commands";
import * as imports from "./import";
import { claimFootprints, sourceClaimIds } from "./footprint";

/**
 * Binds a command to the app's database and expires what it touched once it committed. `before`
 * reads what the write may move away from (a claim's old metric, place, group), `after` what it
 * touched, from the arguments and the command's result.
 */
function onAppDb<A extends unknown[], R>(
  command: (db: Db, ...args: A) => Promise<R>,
  after: (db: Db, result: R, args: A, before: ClaimFootprint[]) => Promise<WriteEffect> | WriteEffect,
  before?: (db: Db, args: A) => Promise<ClaimFootprint[]>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    const was = before ? await before(db(), args) : [];
    const result = await command(db(), ...args);
    expireAfterWrite(await after(db(), result, args, was));
    return result;
  };
}

const footprintsOf = (ids: number[]) => (d: Db) => claimFootprints(d, ids);

async function claimsEffect(d: Db, ids: number[], before: ClaimFootprint[] = []): Promise<WriteEffect> {
  return { kind: "claims", footprints: [...before, ...(await claimFootprints(d, ids))] };
}

export const addSource = onAppDb(commands.addSource, (_d, r) => ({ kind: "source-added", sourceId: r.id }));
export const addClaim = onAppDb(commands.addClaim, (d, r) => claimsEffect(d, [r.id]));
export const editClaim = onAppDb(
  commands.editClaim,
  (d, r, _a, was) => claimsEffect(d, [r.id], was),
  (d, [id]) => footprintsOf([id])(d),
);
export const setClaimStatus = onAppDb(
  commands.setClaimStatus,
  (d, r, _a, was) => claimsEffect(d, [r.id], was),
  (d, [id]) => footprintsOf([id])(d),
);
export const rejectProposal = onAppDb(commands.rejectProposal, (_d, _r, [input]) => ({ kind: "source-review", sourceId: input.sourceId }));
export const addSameReportClaim = onAppDb(commands.addSameReportClaim, (d, r, [, sameAs]) => claimsEffect(d, [r.id, sameAs]));
export const markRepublished = onAppDb(
  commands.markRepublished,
  async (d, _r, [input], was) => claimsEffect(d, await sourceClaimIds(d, input.sourceId), was),
  async (d, [input]) => claimFootprints(d, await sourceClaimIds(d, input.sourceId)),
);
export const recordProposed = onAppDb(commands.recordProposed, (_d, _r, [sourceId]) => ({ kind: "source-review", sourceId }));
export const addActor = onAppDb(commands.addActor, (_d, r) => ({ kind: "actor", slugs: [r.slug] }));
export const addPlaceWithin = onAppDb(commands.addPlaceWithin, (_d, r) => ({ kind: "place", slugs: [r.slug] }));
export const editActor = onAppDb(commands.editActor, (_d, r, [slug]) => ({ kind: "actor", slugs: [slug, r.slug] }));
export const editPlace = onAppDb(commands.editPlace, (_d, r, [slug]) => ({ kind: "place", slugs: [slug, r.slug] }));
export const editSource = onAppDb(
  commands.editSource,
  async (d, r, _a, was) => ({ kind: "source-edited", sourceId: r.id, footprints: [...was, ...(await claimFootprints(d, await sourceClaimIds(d, r.id)))] }),
  async (d, [id]) => claimFootprints(d, await sourceClaimIds(d, id)),
);
// An import can touch any page: it expires everything the cache holds.
export const importLedger = onAppDb(imports.importLedger, () => ({ kind: "ledger" }));
