-- Full-text search: GIN expression indexes over the searched columns. PostgreSQL keeps them in step
-- on every write and builds them for the rows that exist now. lib/data/search.ts repeats each
-- expression exactly, so that the planner uses the index.
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN (to_tsvector('english'::regconfig, "quoteExact"));
CREATE INDEX "Source_search_idx" ON "Source" USING GIN (to_tsvector('english'::regconfig, coalesce("title", '') || ' ' || "text"));
CREATE INDEX "Metric_search_idx" ON "Metric" USING GIN (to_tsvector('english'::regconfig, "name" || ' ' || "description"));
CREATE INDEX "Place_search_idx" ON "Place" USING GIN (to_tsvector('english'::regconfig, "name"));
CREATE INDEX "Actor_search_idx" ON "Actor" USING GIN (to_tsvector('english'::regconfig, "name"));
