import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function NotFound() {
  return <NotFoundMessage title="No such topic">The ledger has no topic at this address.</NotFoundMessage>;
}
