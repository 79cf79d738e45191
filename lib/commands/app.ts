// The commands on the process-wide database: what server actions and API routes call, so that
// nothing under app/ opens the database itself. Tests and scripts call ./commands with their own.
import "server-only";
import { db, type Db } from "@/lib/db/client";
import * as commands from "./commands";
import * as imports from "./import";

function onAppDb<A extends unknown[], R>(command: (db: Db, ...args: A) => R): (...args: A) => R {
  return (...args) => command(db(), ...args);
}

export const addSource = onAppDb(commands.addSource);
export const addClaim = onAppDb(commands.addClaim);
export const editClaim = onAppDb(commands.editClaim);
export const setClaimStatus = onAppDb(commands.setClaimStatus);
export const rejectProposal = onAppDb(commands.rejectProposal);
export const addSameReportClaim = onAppDb(commands.addSameReportClaim);
export const markRepublished = onAppDb(commands.markRepublished);
export const recordProposed = onAppDb(commands.recordProposed);
export const addActor = onAppDb(commands.addActor);
export const addPlaceWithin = onAppDb(commands.addPlaceWithin);
export const editActor = onAppDb(commands.editActor);
export const editPlace = onAppDb(commands.editPlace);
export const editSource = onAppDb(commands.editSource);
export const importLedger = onAppDb(imports.importLedger);
