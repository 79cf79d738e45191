import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function NotFound() {
  return <NotFoundMessage title="No such group">The ledger has no group of comparable figures at this address.</NotFoundMessage>;
}
