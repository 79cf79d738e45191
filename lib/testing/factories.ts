// Builders for test rows, shared by the integration tests and the end-to-end fixtures. They write
// through the ledger's own write path, so tests see exactly what the app would have stored.
import "server-only";
import type { Db } from "@/lib/db/client";
import { anchorQuote, locateWithin } from "@/lib/domain/quote-selector";
import { refreshAgreement } from "@/lib/agreement/refresh";
import { addClaim } from "@/lib/ledger/claims";
import { addSource } from "@/lib/ledger/sources";
import type { ClaimValue } from "@/lib/schemas/claim";

export const TEST_AUTHOR = "test";

export async function makeSource(db: Db, text: string, overrides: { title?: string | null; outletSlug?: string | null; url?: string | null; publishedAt?: string | null } = {}) {
  return db.$transaction(async (tx) => {
    const outlet = overrides.outletSlug ? await tx.actor.findUniqueOrThrow({ where: { slug: overrides.outletSlug } }) : null;
    return addSource(
      tx,
      {
        title: overrides.title === undefined ? "Test article" : overrides.title,
        outletId: outlet?.id ?? null,
        url: overrides.url ?? null,
        publishedAt: overrides.publishedAt ?? null,
        notBefore: null,
        datingNote: "",
        retrievedAt: "2026-11-21",
        text,
      },
      TEST_AUTHOR,
    );
  });
}

export type MakeClaimInput = {
  sourceId: number;
  metricSlug: string;
  placeSlug: string;
  quote: string;
  surface: string;
  value: Partial<ClaimValue> & Pick<ClaimValue, "qualifier">;
  period?: { start: string | null; end: string | null; label: string };
  attribution?: string[];
  key?: string | null;
};

export async function makeClaim(db: Db, input: MakeClaimInput) {
  return db.$transaction(async (tx) => {
    const source = await tx.source.findUniqueOrThrow({ where: { id: input.sourceId }, select: { text: true } });
    const quote = anchorQuote(source.text, input.quote);
    if (!quote) throw new Error(`quote not in source ${input.sourceId}: ${input.quote}`);
    const metric = await tx.metric.findUniqueOrThrow({ where: { slug: input.metricSlug } });
    const place = await tx.place.findUniqueOrThrow({ where: { slug: input.placeSlug } });
    const actors = [];
    for (const slug of input.attribution ?? []) actors.push(await tx.actor.findUniqueOrThrow({ where: { slug } }));
    const id = await addClaim(
      tx,
      {
        key: input.key ?? null,
        sourceId: input.sourceId,
        metricId: metric.id,
        placeId: place.id,
        value: { low: null, best: null, high: null, vagueTerm: null, ...input.value },
        surface: input.surface,
        period: input.period ?? { start: null, end: null, label: "" },
        quote,
        surfaceSpan: locateWithin(source.text, quote, input.surface),
        attribution: actors.map((a) => a.id),
        note: "",
      },
      TEST_AUTHOR,
    );
    await refreshAgreement(tx, [id]);
    return id;
  });
}
