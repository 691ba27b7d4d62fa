-- CreateTable
CREATE TABLE "OperatorTexts" (
    "id" TEXT NOT NULL,
    "privacyNoticeAz" TEXT,
    "privacyNoticeEn" TEXT,
    "privacyNoticeRu" TEXT,
    "consentShareAz" TEXT,
    "consentShareEn" TEXT,
    "consentShareRu" TEXT,
    "consentContactAz" TEXT,
    "consentContactEn" TEXT,
    "consentContactRu" TEXT,
    "consentPhotographsAz" TEXT,
    "consentPhotographsEn" TEXT,
    "consentPhotographsRu" TEXT,
    "licenceName" TEXT,
    "licenceUrl" TEXT,
    "licenceStatementAz" TEXT,
    "licenceStatementEn" TEXT,
    "licenceStatementRu" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OperatorTexts_pkey" PRIMARY KEY ("id")
);

-- One row at most: the operator states these texts once for the whole memorial.
ALTER TABLE "OperatorTexts" ADD CONSTRAINT "OperatorTexts_single_row" CHECK ("id" = 'operator');
