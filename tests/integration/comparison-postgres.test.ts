import { createPostgresTestDb } from "@/lib/testing/test-db";
import { defineComparisonSuite } from "./comparison-suite";

defineComparisonSuite("PostgreSQL", createPostgresTestDb);
