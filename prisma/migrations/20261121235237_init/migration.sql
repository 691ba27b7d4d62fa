-- Hand-written: extensions for accent-insensitive, typo-tolerant name search (unaccent, trigram similarity)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- CreateEnum
CREATE TYPE "Status" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'SEASON', 'YEAR', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Season" AS ENUM ('WINTER', 'SPRING', 'SUMMER', 'AUTUMN');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('EMBASSY', 'PERMANENT_MISSION', 'DIPLOMATIC_MISSION', 'MINISTRY', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('RELEASE', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "TextFormat" AS ENUM ('MARKDOWN', 'PLAIN_TEXT');

-- CreateEnum
CREATE TYPE "FigureKind" AS ENUM ('KILLED', 'VICTIMS', 'WOUNDED', 'DETAINED', 'MISSING', 'MEDICAL_ASSISTANCE', 'TROOPS', 'EXPELLED', 'FUNERAL_ATTENDANCE', 'DEMONSTRATORS', 'OTHER');

-- CreateEnum
CREATE TYPE "FigureQualifier" AS ENUM ('EXACT', 'MORE_THAN', 'ABOUT', 'AT_LEAST');

-- CreateEnum
CREATE TYPE "FigureScope" AS ENUM ('BAKU', 'AZERBAIJAN', 'OTHER', 'NOT_STATED');

-- CreateEnum
CREATE TYPE "Fate" AS ENUM ('KILLED', 'DIED_OF_WOUNDS', 'MISSING', 'NOT_STATED');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE', 'NOT_STATED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CURATOR');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "country" TEXT,
    "city" TEXT,
    "address" TEXT,
    "website" TEXT,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleIsEditorial" BOOLEAN NOT NULL DEFAULT false,
    "organizationId" TEXT,
    "issuedOn" DATE NOT NULL,
    "place" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "referenceNumber" TEXT,
    "body" TEXT NOT NULL,
    "bodyFormat" "TextFormat" NOT NULL DEFAULT 'MARKDOWN',
    "anniversaryYear" INTEGER,
    "editorialNote" TEXT,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "releaseId" TEXT,
    "title" TEXT,
    "author" TEXT,
    "publisher" TEXT,
    "date" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "dateSeason" "Season",
    "details" TEXT,
    "url" TEXT,
    "quotedAt" TEXT,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "eventId" TEXT,
    "victimId" TEXT,
    "quote" TEXT,
    "page" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "date" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "endDate" DATE,
    "time" TEXT,
    "place" TEXT,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "FigureKind" NOT NULL,
    "value" INTEGER,
    "qualifier" "FigureQualifier" NOT NULL DEFAULT 'EXACT',
    "scope" "FigureScope" NOT NULL DEFAULT 'NOT_STATED',
    "scopeNote" TEXT,
    "asOf" DATE,
    "quote" TEXT NOT NULL,
    "page" TEXT,
    "note" TEXT,
    "sourceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Victim" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameLatin" TEXT,
    "nameCyrillic" TEXT,
    "nameRussian" TEXT,
    "otherNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "sex" "Sex" NOT NULL DEFAULT 'NOT_STATED',
    "birthDate" DATE,
    "birthDatePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "age" INTEGER,
    "fate" "Fate" NOT NULL DEFAULT 'NOT_STATED',
    "deathDate" DATE,
    "deathDatePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "deathPlace" TEXT,
    "circumstances" TEXT,
    "occupation" TEXT,
    "burialPlace" TEXT,
    "biography" TEXT,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Victim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Anniversary" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT,
    "introduction" TEXT,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Anniversary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'CURATOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AnniversaryToEvent" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AnniversaryToEvent_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Release_slug_key" ON "Release"("slug");

-- CreateIndex
CREATE INDEX "Release_anniversaryYear_idx" ON "Release"("anniversaryYear");

-- CreateIndex
CREATE INDEX "Release_issuedOn_idx" ON "Release"("issuedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Source_releaseId_key" ON "Source"("releaseId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");

-- CreateIndex
CREATE INDEX "Citation_victimId_idx" ON "Citation"("victimId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_date_idx" ON "Event"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_key_key" ON "Figure"("key");

-- CreateIndex
CREATE INDEX "Figure_kind_idx" ON "Figure"("kind");

-- CreateIndex
CREATE INDEX "Figure_sourceId_idx" ON "Figure"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Victim_slug_key" ON "Victim"("slug");

-- CreateIndex
CREATE INDEX "Victim_deathPlace_idx" ON "Victim"("deathPlace");

-- CreateIndex
CREATE INDEX "Victim_age_idx" ON "Victim"("age");

-- CreateIndex
CREATE UNIQUE INDEX "Anniversary_year_key" ON "Anniversary"("year");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");

-- CreateIndex
CREATE INDEX "_AnniversaryToEvent_B_index" ON "_AnniversaryToEvent"("B");

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_victimId_fkey" FOREIGN KEY ("victimId") REFERENCES "Victim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AnniversaryToEvent" ADD CONSTRAINT "_AnniversaryToEvent_A_fkey" FOREIGN KEY ("A") REFERENCES "Anniversary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AnniversaryToEvent" ADD CONSTRAINT "_AnniversaryToEvent_B_fkey" FOREIGN KEY ("B") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a citation supports exactly one event or exactly one victim (Prisma cannot express CHECK constraints)
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exactly_one_target" CHECK (num_nonnulls("eventId", "victimId") = 1);
