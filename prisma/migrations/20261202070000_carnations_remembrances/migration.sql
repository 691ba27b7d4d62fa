-- CreateEnum
CREATE TYPE "RemembranceStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'HIDDEN');

-- CreateTable
CREATE TABLE "VisitorDaySalt" (
    "day" DATE NOT NULL,
    "salt" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitorDaySalt_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "VisitorDailyTally" (
    "day" DATE NOT NULL,
    "scope" TEXT NOT NULL,
    "addressHash" BYTEA NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "VisitorDailyTally_pkey" PRIMARY KEY ("day","scope","addressHash")
);

-- CreateTable
CREATE TABLE "CarnationCount" (
    "subject" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CarnationCount_pkey" PRIMARY KEY ("subject")
);

-- CreateTable
CREATE TABLE "Remembrance" (
    "id" TEXT NOT NULL,
    "victimId" TEXT NOT NULL,
    "authorName" TEXT,
    "message" TEXT NOT NULL,
    "status" "RemembranceStatus" NOT NULL DEFAULT 'PENDING',
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "lastReportedAt" TIMESTAMP(3),
    "moderatedAt" TIMESTAMP(3),
    "moderatedById" TEXT,
    "moderationReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Remembrance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Remembrance_victimId_status_createdAt_idx" ON "Remembrance"("victimId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Remembrance_status_reportCount_createdAt_idx" ON "Remembrance"("status", "reportCount", "createdAt");

-- AddForeignKey
ALTER TABLE "VisitorDailyTally" ADD CONSTRAINT "VisitorDailyTally_day_fkey" FOREIGN KEY ("day") REFERENCES "VisitorDaySalt"("day") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remembrance" ADD CONSTRAINT "Remembrance_victimId_fkey" FOREIGN KEY ("victimId") REFERENCES "Victim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remembrance" ADD CONSTRAINT "Remembrance_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Size limits the application states too (lib/remembrances/schema.ts), kept by the database for any writer.
ALTER TABLE "Remembrance" ADD CONSTRAINT "Remembrance_message_length" CHECK (char_length("message") BETWEEN 1 AND 500);
ALTER TABLE "Remembrance" ADD CONSTRAINT "Remembrance_authorName_length" CHECK ("authorName" IS NULL OR char_length("authorName") BETWEEN 1 AND 80);
ALTER TABLE "CarnationCount" ADD CONSTRAINT "CarnationCount_count_nonnegative" CHECK ("count" >= 0);
