"use server";

import { requireRole } from "@/lib/auth/current-user";
import { failedForm } from "@/lib/forms/failed-form";
import { claimInputFromForm } from "@/lib/forms/claim-form-input";
import type { ClaimFormValues } from "@/lib/forms/claim-form-values";
import type { AcceptResult } from "@/lib/forms/form-state";
import { actorNamedIn } from "@/lib/data/lookup";
import { countriesGazetteer } from "@/lib/extraction/gazetteer";
import { redirect } from "next/navigation";
import { addClaim, addSameReportClaim, rejectProposal } from "@/lib/commands/app";
import { LedgerInputError } from "@/lib/commands/errors";
import { claimInputSchema, proposalRejectionSchema } from "@/lib/schemas/claim-input";

/** Accepts one proposed figure as a claim, with its quote anchored where the extractor found it. */
export async function acceptProposalAction(values: ClaimFormValues, attribution: string | null): Promise<AcceptResult> {
  try {
    const user = await requireRole("editor");
    const actor = attribution ? await actorNamedIn(attribution) : null;
    const input = claimInputFromForm({ ...values, attribution: actor ?? "" });
    // A country the gazetteer found but the ledger lacks joins the places with the claim.
    const country = countriesGazetteer().find((c) => c.slug === input.place);
    const { id } = await addClaim(input, user, country ? { newCountry: { slug: country.slug, name: country.name, iso2: country.iso2 ?? null } } : {});
    return { ok: true, claimId: id };
  } catch (error) {
    const state = failedForm(error, values);
    return { ok: false, message: state.message, fields: state.fields };
  }
}

/** Rejects one proposed figure for good: it stays rejected when the review screen is opened again. */
export async function rejectProposalAction(proposal: { sourceId: number; start: number; end: number; surface: string }): Promise<AcceptResult | { ok: true }> {
  try {
    const user = await requireRole("editor");
    await rejectProposal(proposalRejectionSchema.parse(proposal), user);
    return { ok: true };
  } catch (error) {
    const state = failedForm(error, {});
    return { ok: false, message: state.message, fields: state.fields };
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
  if (!saved) {
    const { sourceId, quote, quoteStart, surface, qualifier, low, best, high, vagueTerm, metric, place, periodStart, periodEnd, periodLabel } = values;
    const fields = { source: sourceId, quote, start: quoteStart, surface, qualifier, low, best, high, vagueTerm, metric, place, periodStart, periodEnd, periodLabel, returnTo: `/sources/${sourceId}/review` };
    redirect(`/claims/new?${new URLSearchParams(Object.entries(fields).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`);
  }
  redirect(`/sources/${values.sourceId}/review`);
}
