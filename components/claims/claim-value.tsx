import { formatClaimValue, qualifierLabel } from "@/lib/domain/figures-format";
import type { ClaimRow } from "@/lib/data/claim-row";
import { Badge } from "@/components/ui/badge";

export function ClaimValue({ value, unit, size = "md" }: { value: ClaimRow["value"]; unit?: string; size?: "md" | "lg" }) {
  return (
    <span className={`figures font-semibold text-stone-900 ${size === "lg" ? "text-3xl" : ""}`}>
      {formatClaimValue(value, unit)}
    </span>
  );
}

export function QualifierBadge({ qualifier }: { qualifier: ClaimRow["value"]["qualifier"] }) {
  const tone = qualifier === "exact" ? "neutral" : qualifier === "vague" ? "warn" : "accent";
  return <Badge tone={tone}>{qualifierLabel(qualifier)}</Badge>;
}

export function StatusBadge({ status }: { status: ClaimRow["status"] }) {
  if (status === "active") return null;
  return <Badge tone={status === "retracted" ? "danger" : "warn"}>{status}</Badge>;
}
