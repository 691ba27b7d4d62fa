-- AlterTable
ALTER TABLE "Victim" ADD COLUMN     "firstPublishedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "VictimCorrection" (
    "id" TEXT NOT NULL,
    "victimId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VictimCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VictimCorrection_victimId_createdAt_idx" ON "VictimCorrection"("victimId", "createdAt");

-- CreateIndex
CREATE INDEX "VictimCorrection_createdAt_idx" ON "VictimCorrection"("createdAt");

-- AddForeignKey
ALTER TABLE "VictimCorrection" ADD CONSTRAINT "VictimCorrection_victimId_fkey" FOREIGN KEY ("victimId") REFERENCES "Victim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A note says something, briefly (the form allows 500 characters).
ALTER TABLE "VictimCorrection" ADD CONSTRAINT "VictimCorrection_note_length" CHECK (char_length(btrim("note")) BETWEEN 1 AND 500);
