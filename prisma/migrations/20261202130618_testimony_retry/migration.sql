-- CreateTable
CREATE TABLE "TestimonyRetry" (
    "id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "problems" JSONB NOT NULL,
    "fileNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestimonyRetry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TestimonyRetry_expiresAt_idx" ON "TestimonyRetry"("expiresAt");
