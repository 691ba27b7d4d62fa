-- CreateIndex
CREATE INDEX "Victim_name_order_idx" ON "Victim"("nameLatin", "nameCyrillic", "nameRussian", "slug");
