-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "quoteIsVerbatim" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "quoteIsVerbatim" BOOLEAN NOT NULL DEFAULT true;
