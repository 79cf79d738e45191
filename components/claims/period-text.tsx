import { formatPeriod } from "@/lib/domain/figures-format";
import type { ClaimRow } from "@/lib/data/claim-row";

export function PeriodText({ period }: { period: ClaimRow["period"] }) {
  const known = period.start !== null || period.end !== null;
  return (
    <span className={known ? "" : "italic text-stone-600"} title={period.label ? `As written: “${period.label}”` : undefined}>
      {formatPeriod(period)}
    </span>
  );
}
