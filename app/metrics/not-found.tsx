import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function NotFound() {
  return <NotFoundMessage title="No such metric">The ledger has no metric at this address.</NotFoundMessage>;
}
