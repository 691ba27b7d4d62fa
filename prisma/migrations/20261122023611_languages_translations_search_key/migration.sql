-- CreateEnum
CREATE TYPE "TranslatableKind" AS ENUM ('EVENT', 'FIGURE', 'VICTIM', 'ANNIVERSARY');

-- AlterTable
ALTER TABLE "Anniversary" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Release" ADD COLUMN     "translationOfId" TEXT;

-- AlterTable
ALTER TABLE "Victim" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "searchKey" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ContentTranslation" (
    "id" TEXT NOT NULL,
    "recordKind" "TranslatableKind" NOT NULL,
    "recordId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentTranslation_recordKind_locale_idx" ON "ContentTranslation"("recordKind", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "ContentTranslation_recordKind_recordId_field_locale_key" ON "ContentTranslation"("recordKind", "recordId", "field", "locale");

-- CreateIndex
CREATE INDEX "Release_translationOfId_idx" ON "Release"("translationOfId");

-- CreateIndex
CREATE INDEX "Victim_searchKey_trgm_idx" ON "Victim" USING GIN ("searchKey" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "Release"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (Prisma cannot express it): a translation is into one of the site's languages.
ALTER TABLE "ContentTranslation" ADD CONSTRAINT "ContentTranslation_locale_check" CHECK ("locale" IN ('az', 'en', 'ru'));
