"use server";

import { requireRole } from "@/lib/auth/current-user";
import { failedForm } from "@/lib/forms/failed-form";
import { claimInputFromForm } from "@/lib/forms/claim-form-input";
import type { ClaimFormValues } from "@/lib/forms/claim-form-values";
import type { AcceptResult } from "@/lib/forms/form-state";
import { actorNamedIn } from "@/lib/data/lookup";
import { countriesGazetteer } from "@/lib/extraction/gazetteer";
import { addClaim, rejectProposal } from "@/lib/commands/app";
import { proposalRejectionSchema } from "@/lib/schemas/claim-input";

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
