"use server";

import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { failedForm } from "@/lib/forms/form-state";
import { countriesGazetteer } from "@/lib/extraction/gazetteer";
import { redirect } from "next/navigation";
import { addClaim, addSameReportClaim, LedgerInputError, rejectProposal } from "@/lib/ledger/commands";
import { claimInputSchema, proposalRejectionSchema } from "@/lib/schemas/claim-input";

export type AcceptResult = { ok: true; claimId: number } | { ok: false; message: string; fields: Record<string, string> };

/** The actors an attribution phrase names ("according to the SDF" → sdf), longest name first. */
async function actorsNamedIn(phrase: string | null): Promise<string[]> {
  if (!phrase) return [];
  const actors = await db().actor.findMany({ where: { kind: { not: "unnamed" } }, select: { slug: true, name: true } });
  const lower = phrase.toLowerCase();
  const hit = actors
    .filter((a) => lower.includes(a.name.toLowerCase()) || new RegExp(`\\b${a.slug.replaceAll("-", "[ -]")}\\b`, "i").test(phrase))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return hit ? [hit.slug] : [];
}

/** Accepts one proposed figure as a claim, with its quote anchored where the extractor found it. */
export async function acceptProposalAction(proposal: Record<string, string | null>): Promise<AcceptResult> {
  const values = Object.fromEntries(Object.entries(proposal).map(([k, v]) => [k, v ?? ""]));
  try {
    const user = await requireRole("editor");
    const input = claimInputSchema.parse({
      ...values,
      metric: values.metric || "",
      place: values.place || "",
      attribution: await actorsNamedIn(proposal.attribution ?? null),
      quoteStart: values.quoteStart || null,
    });
    // A country the gazetteer found but the ledger lacks joins the places with the claim.
    const country = countriesGazetteer().find((c) => c.slug === input.place);
    const { id } = await addClaim(db(), input, user, country ? { newCountry: { slug: country.slug, name: country.name, iso2: country.iso2 ?? null } } : {});
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
    await rejectProposal(db(), proposalRejectionSchema.parse(proposal), user);
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
      await addSameReportClaim(db(), parsed.data, Number(values.sameAs), user);
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
