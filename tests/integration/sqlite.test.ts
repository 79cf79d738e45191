import { createSqliteTestDb } from "@/lib/testing/test-db";
import { defineLedgerSuite } from "./ledger-suite";

defineLedgerSuite("SQLite", createSqliteTestDb);
