-- The claims list filtered by qualifier, modality or status, newest first: without these, a rare
-- value (a planned figure, a retracted claim among a million) walks the whole (createdAt, id) index.
-- CreateIndex
CREATE INDEX "Claim_qualifier_createdAt_id_idx" ON "Claim"("qualifier", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_modality_createdAt_id_idx" ON "Claim"("modality", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_status_createdAt_id_idx" ON "Claim"("status", "createdAt", "id");
