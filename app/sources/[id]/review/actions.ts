"use server";

import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { actorsNamedIn, reviewTally, type ReviewResult } from "@/lib/data/review";
import { db } from "@/lib/db/client";
import { failedForm } from "@/lib/forms/form-state";
import { countriesGazetteer } from "@/lib/extraction/gazetteer";
import { addClaim, recordProposed, rejectProposal } from "@/lib/ledger/commands";
import { claimInputSchema, proposalRejectionSchema, type ClaimInputDraft } from "@/lib/schemas/claim-input";
import type { LookupItem } from "@/lib/schemas/lookup";

function failed(error: unknown): ReviewResult {
  const state = failedForm(error, {});
  return { ok: false, message: state.message, fields: state.fields };
}

/**
 * Accepts one proposed figure as a claim, with its quote anchored where the extractor found it.
 * As proposed, its attribution phrase is resolved to the actors it names; corrected inline, the
 * editor's chain is used and the tally counts it as edited.
 */
export async function acceptProposalAction(claim: ClaimInputDraft, review: { edited: boolean; attributionPhrase: string | null }): Promise<ReviewResult> {
  try {
    const user = await requireRole("editor");
    const attribution = review.edited ? claim.attribution : (await actorsNamedIn(review.attributionPhrase)).map((a) => a.slug);
    const input = claimInputSchema.parse({ ...claim, attribution });
    // A country the gazetteer found but the ledger lacks joins the places with the claim.
    const country = countriesGazetteer().find((c) => c.slug === input.place);
    const { id } = await addClaim(db(), input, user, {
      review: review.edited ? "edited" : "accepted",
      ...(country ? { newCountry: { slug: country.slug, name: country.name, iso2: country.iso2 ?? null } } : {}),
    });
    return { ok: true, claimId: id, tally: await reviewTally(input.sourceId) };
  } catch (error) {
    return failed(error);
  }
}

/** Rejects one proposed figure for good: it stays rejected when the review screen is opened again. */
export async function rejectProposalAction(proposal: { sourceId: number; start: number; end: number; surface: string }): Promise<ReviewResult> {
  try {
    const user = await requireRole("editor");
    const input = proposalRejectionSchema.parse(proposal);
    await rejectProposal(db(), input, user);
    return { ok: true, tally: await reviewTally(input.sourceId) };
  } catch (error) {
    return failed(error);
  }
}

const proposedCountSchema = z.object({ sourceId: z.number().int().positive(), proposed: z.number().int().min(0).max(100_000) });

/** Keeps the number of figures the extractor found, so the tally reads the same after a reload. */
export async function recordProposedAction(sourceId: number, proposed: number): Promise<ReviewResult> {
  try {
    await requireRole("editor");
    const input = proposedCountSchema.parse({ sourceId, proposed });
    await recordProposed(db(), input.sourceId, input.proposed);
    return { ok: true, tally: await reviewTally(input.sourceId) };
  } catch (error) {
    return failed(error);
  }
}

/** The actors a proposal's attribution phrase names, for the inline editor's chain. */
export async function attributionActorsAction(phrase: string | null): Promise<LookupItem[]> {
  await requireRole("editor");
  return actorsNamedIn(typeof phrase === "string" ? phrase.slice(0, 500) : null);
}
