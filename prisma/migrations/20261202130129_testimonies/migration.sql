-- CreateEnum
CREATE TYPE "TestimonyKind" AS ENUM ('NEW_PERSON', 'ADDITION', 'WITHHOLD');

-- CreateEnum
CREATE TYPE "TestimonyStatus" AS ENUM ('RECEIVED', 'IN_REVIEW', 'NEEDS_INFORMATION', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TestimonyParty" AS ENUM ('CURATOR', 'TESTIFIER');

-- CreateEnum
CREATE TYPE "TestimonyFileKind" AS ENUM ('PHOTOGRAPH', 'DOCUMENT');

-- AlterTable
ALTER TABLE "Victim" ADD COLUMN     "withheldFields" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Testimony" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "kind" "TestimonyKind" NOT NULL,
    "victimId" TEXT,
    "proposal" JSONB NOT NULL DEFAULT '{}',
    "withholdTarget" TEXT,
    "withholdReason" TEXT,
    "relation" TEXT,
    "knowledgeBasis" TEXT,
    "testifierName" TEXT,
    "publishName" BOOLEAN NOT NULL DEFAULT false,
    "contactEmail" TEXT,
    "consentShare" BOOLEAN NOT NULL DEFAULT false,
    "consentContact" BOOLEAN NOT NULL DEFAULT false,
    "consentPhotographs" BOOLEAN NOT NULL DEFAULT false,
    "status" "TestimonyStatus" NOT NULL DEFAULT 'RECEIVED',
    "acceptedFields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "decisionMessage" TEXT,
    "sourceId" TEXT,
    "decidedAt" TIMESTAMP(3),
    "personalDataDeletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Testimony_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TestimonyMessage" (
    "id" TEXT NOT NULL,
    "testimonyId" TEXT NOT NULL,
    "party" "TestimonyParty" NOT NULL,
    "body" TEXT NOT NULL,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestimonyMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TestimonyFile" (
    "id" TEXT NOT NULL,
    "testimonyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "TestimonyFileKind" NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "rightsHolder" TEXT,
    "mayPublish" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestimonyFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutgoingMail" (
    "id" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "testimonyId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutgoingMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Testimony_reference_key" ON "Testimony"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Testimony_sourceId_key" ON "Testimony"("sourceId");

-- CreateIndex
CREATE INDEX "Testimony_status_createdAt_idx" ON "Testimony"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Testimony_victimId_idx" ON "Testimony"("victimId");

-- CreateIndex
CREATE INDEX "TestimonyMessage_testimonyId_createdAt_idx" ON "TestimonyMessage"("testimonyId", "createdAt");

-- CreateIndex
CREATE INDEX "TestimonyFile_testimonyId_position_idx" ON "TestimonyFile"("testimonyId", "position");

-- CreateIndex
CREATE INDEX "OutgoingMail_nextAttemptAt_idx" ON "OutgoingMail"("nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutgoingMail_testimonyId_idx" ON "OutgoingMail"("testimonyId");

-- AddForeignKey
ALTER TABLE "Testimony" ADD CONSTRAINT "Testimony_victimId_fkey" FOREIGN KEY ("victimId") REFERENCES "Victim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Testimony" ADD CONSTRAINT "Testimony_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestimonyMessage" ADD CONSTRAINT "TestimonyMessage_testimonyId_fkey" FOREIGN KEY ("testimonyId") REFERENCES "Testimony"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestimonyMessage" ADD CONSTRAINT "TestimonyMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestimonyFile" ADD CONSTRAINT "TestimonyFile_testimonyId_fkey" FOREIGN KEY ("testimonyId") REFERENCES "Testimony"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingMail" ADD CONSTRAINT "OutgoingMail_testimonyId_fkey" FOREIGN KEY ("testimonyId") REFERENCES "Testimony"("id") ON DELETE CASCADE ON UPDATE CASCADE;
