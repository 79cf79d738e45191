import { createSqliteTestDb } from "@/lib/testing/test-db";
import { defineComparisonSuite } from "./comparison-suite";

defineComparisonSuite("SQLite", createSqliteTestDb);
