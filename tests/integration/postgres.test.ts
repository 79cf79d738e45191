import { createPostgresTestDb } from "@/lib/testing/test-db";
import { defineLedgerSuite } from "./ledger-suite";

defineLedgerSuite("PostgreSQL", createPostgresTestDb);
