import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function NotFound() {
  return <NotFoundMessage title="No such claim">The ledger has no claim at this address.</NotFoundMessage>;
}
