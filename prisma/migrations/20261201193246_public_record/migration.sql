-- AlterEnum
ALTER TYPE "Fate" ADD VALUE 'TOOK_OWN_LIFE';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "FigureKind" ADD VALUE 'FATALLY_WOUNDED';
ALTER TYPE "FigureKind" ADD VALUE 'REGISTERED_INJURED';
ALTER TYPE "FigureKind" ADD VALUE 'SENT_TO_PRISONS';
ALTER TYPE "FigureKind" ADD VALUE 'HOMES_FIRED_ON';
ALTER TYPE "FigureKind" ADD VALUE 'VEHICLES_FIRED_ON';
ALTER TYPE "FigureKind" ADD VALUE 'BURIED';
ALTER TYPE "FigureKind" ADD VALUE 'SOLDIERS_KILLED';

-- AlterEnum
ALTER TYPE "FigureQualifier" ADD VALUE 'ESTIMATED';

-- AlterEnum
ALTER TYPE "SourceKind" ADD VALUE 'TESTIMONY';

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "supports" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "period" TEXT,
ADD COLUMN     "valueMax" INTEGER;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "dateNote" TEXT,
ADD COLUMN     "editorialNote" TEXT,
ADD COLUMN     "language" TEXT,
ADD COLUMN     "publisherKind" TEXT,
ADD COLUMN     "reliabilityNote" TEXT;

-- AlterTable
ALTER TABLE "Victim" ADD COLUMN     "birthPlace" TEXT,
ADD COLUMN     "contentWarning" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "curatorNote" TEXT,
ADD COLUMN     "home" TEXT,
ADD COLUMN     "honours" TEXT;

-- CreateTable
CREATE TABLE "DisputedValue" (
    "id" TEXT NOT NULL,
    "eventId" TEXT,
    "victimId" TEXT,
    "field" TEXT NOT NULL,
    "date" DATE,
    "endDate" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "number" INTEGER,
    "text" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "note" TEXT,
    "sourceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DisputedValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DisputedValue_eventId_idx" ON "DisputedValue"("eventId");

-- CreateIndex
CREATE INDEX "DisputedValue_victimId_idx" ON "DisputedValue"("victimId");

-- CreateIndex
CREATE INDEX "DisputedValue_sourceId_idx" ON "DisputedValue"("sourceId");

-- CreateIndex
CREATE INDEX "Victim_home_idx" ON "Victim"("home");

-- CreateIndex
CREATE INDEX "Victim_fate_idx" ON "Victim"("fate");

-- AddForeignKey
ALTER TABLE "DisputedValue" ADD CONSTRAINT "DisputedValue_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputedValue" ADD CONSTRAINT "DisputedValue_victimId_fkey" FOREIGN KEY ("victimId") REFERENCES "Victim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputedValue" ADD CONSTRAINT "DisputedValue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a disputed value belongs to exactly one event or one victim, and states exactly one
-- kind of value (a date, a number or a text).
ALTER TABLE "DisputedValue" ADD CONSTRAINT "DisputedValue_exactly_one_target" CHECK (num_nonnulls("eventId", "victimId") = 1);
ALTER TABLE "DisputedValue" ADD CONSTRAINT "DisputedValue_exactly_one_value" CHECK (num_nonnulls("date", "number", "text") = 1);
ALTER TABLE "DisputedValue" ADD CONSTRAINT "DisputedValue_end_needs_date" CHECK ("endDate" IS NULL OR "date" IS NOT NULL);
-- A range's upper end is above its lower end.
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_range_order" CHECK ("valueMax" IS NULL OR ("value" IS NOT NULL AND "valueMax" > "value"));
