import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function NotFound() {
  return <NotFoundMessage title="No such source">The ledger has no source at this address.</NotFoundMessage>;
}
