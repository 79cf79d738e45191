import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function NotFound() {
  return (
    <NotFoundMessage title="Not in the ledger">
      There is no page at this address. The link may be mistyped, or the item never existed.
    </NotFoundMessage>
  );
}
