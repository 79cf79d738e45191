"use server";

import { requireRole } from "@/lib/auth/current-user";
import { failedForm } from "@/lib/forms/failed-form";
import { claimInputFromForm } from "@/lib/forms/claim-form-input";
import { newClaimHref, type ClaimFormValues } from "@/lib/forms/claim-form-values";
import type { ReviewResult } from "@/lib/forms/form-state";
import { knownFiguresAmong, type KnownFigureMatch } from "@/lib/data/known-figures";
import { actorBySlug, actorNamedIn } from "@/lib/data/lookup";
import { reviewTally } from "@/lib/data/sources";
import { countriesGazetteer } from "@/lib/extraction/gazetteer";
import { redirect } from "next/navigation";
import { addClaim, addSameReportClaim, recordProposed, rejectProposal } from "@/lib/commands/app";
import { LedgerInputError } from "@/lib/commands/errors";
import { claimInputSchema, proposalRejectionSchema, proposedCountSchema } from "@/lib/schemas/claim-input";
import { knownFiguresQuerySchema, type KnownFiguresQuery } from "@/lib/schemas/known-figures";
import { attributionNamesSchema } from "@/lib/schemas/lookup";
import type { ResolvedChain } from "@/components/review/review-draft";

function failed(error: unknown, values: Record<string, string> = {}): ReviewResult {
  const state = failedForm(error, values);
  return { ok: false, message: state.message, fields: state.fields };
}

/**
 * Accepts one proposed figure as a claim, with its quote anchored where the extractor found it.
 * As proposed, its attribution phrase is resolved to the actor it names; corrected inline, the
 * editor's chain is used, and the source's tally counts it as edited.
 */
export async function acceptProposalAction(values: ClaimFormValues, review: { edited: boolean; attributionPhrase: string | null }): Promise<ReviewResult> {
  try {
    const user = await requireRole("editor");
    const attribution = review.edited ? values.attribution : ((review.attributionPhrase ? await actorNamedIn(review.attributionPhrase) : null) ?? "");
    const input = claimInputFromForm({ ...values, attribution });
    // A country the gazetteer found but the ledger lacks joins the places with the claim.
    const country = countriesGazetteer().find((c) => c.slug === input.place);
    const { id } = await addClaim(input, user, {
      review: review.edited ? "edited" : "accepted",
      ...(country ? { newCountry: { slug: country.slug, name: country.name, iso2: country.iso2 ?? null } } : {}),
    });
    return { ok: true, claimId: id, tally: await reviewTally(input.sourceId) };
  } catch (error) {
    return failed(error, values);
  }
}

/** Rejects one proposed figure for good: it stays rejected when the review screen is opened again. */
export async function rejectProposalAction(proposal: { sourceId: number; start: number; end: number; surface: string }): Promise<ReviewResult> {
  try {
    const user = await requireRole("editor");
    const input = proposalRejectionSchema.parse(proposal);
    await rejectProposal(input, user);
    return { ok: true, tally: await reviewTally(input.sourceId) };
  } catch (error) {
    return failed(error);
  }
}

/**
 * "Same report": accepts a proposed figure the ledger already holds as the same report as the
 * matched claim, in one click (components/review/known-figures.tsx), then reopens the review.
 */
export async function sameReportAction(formData: FormData): Promise<void> {
  const values = Object.fromEntries([...formData.entries()].map(([k, v]) => [k, String(v)]));
  const user = await requireRole("editor");
  const parsed = claimInputSchema.safeParse({ ...values, attribution: [], quoteStart: values.quoteStart || null });
  let saved = false;
  if (parsed.success) {
    try {
      await addSameReportClaim(parsed.data, Number(values.sameAs), user);
      saved = true;
    } catch (error) {
      if (!(error instanceof LedgerInputError)) throw error;
    }
  }
  // A figure the ledger cannot take as proposed opens in the claim form, with what was proposed, to fix by hand.
  if (!saved) redirect(newClaimHref({ ...values, returnTo: `/sources/${values.sourceId}/review` }));
  redirect(`/sources/${values.sourceId}/review`);
}

/** Keeps the number of figures the extractor found, so the tally reads the same after a reload. */
export async function recordProposedAction(sourceId: number, proposed: number): Promise<ReviewResult> {
  try {
    await requireRole("editor");
    const input = proposedCountSchema.parse({ sourceId, proposed });
    await recordProposed(input.sourceId, input.proposed);
    return { ok: true, tally: await reviewTally(input.sourceId) };
  } catch (error) {
    return failed(error);
  }
}

/** Each name of a proposal's attribution chain, origin first, with the actor the ledger knows by it, to start the inline editor's chain with. */
export async function attributionActorsAction(names: string[]): Promise<ResolvedChain> {
  await requireRole("editor");
  const wanted = attributionNamesSchema.parse(names);
  const chain: ResolvedChain = [];
  for (const name of wanted) {
    const slug = await actorNamedIn(name);
    chain.push({ name, actor: slug ? await actorBySlug(slug) : null });
  }
  return chain;
}

/**
 * Which of the figures the review screen was proposed the ledger already holds from other
 * sources. The screen sends what the extraction gave it, so the article is read once per visit.
 */
export async function knownFiguresAction(query: KnownFiguresQuery): Promise<{ ok: true; figures: KnownFigureMatch[] } | { ok: false; message: string }> {
  try {
    await requireRole("editor");
    const input = knownFiguresQuerySchema.parse(query);
    return { ok: true, figures: await knownFiguresAmong(input.sourceId, input.figures) };
  } catch (error) {
    return { ok: false, message: failedForm(error, {}).message };
  }
}
