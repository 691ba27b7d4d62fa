-- AlterTable
ALTER TABLE "Victim" ADD COLUMN     "searchWords" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "VictimSearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "VictimSearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "Victim_searchWords_idx" ON "Victim" USING GIN ("searchWords");

-- CreateIndex
CREATE INDEX "VictimSearchWord_word_trgm_idx" ON "VictimSearchWord" USING GIN ("word" gin_trgm_ops);

-- Written by hand (Prisma's schema cannot express triggers; its diffs leave them alone).
-- "searchWords" is derived from "searchKey" (computed in TypeScript, lib/victims/search-key.ts) by
-- the database, so that every writer — Prisma, the set-based CSV import, raw SQL — keeps the two in
-- step; and every word of every key is added to the vocabulary "VictimSearchWord" the search
-- matches queries against.
CREATE FUNCTION victim_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchWords" := ARRAY(
    SELECT DISTINCT word FROM unnest(regexp_split_to_array(NEW."searchKey", '[| ]+')) AS word WHERE word <> '' ORDER BY word
  );
  RETURN NEW;
END
$$;

CREATE TRIGGER "Victim_searchWords" BEFORE INSERT OR UPDATE OF "searchKey", "searchWords" ON "Victim"
  FOR EACH ROW EXECUTE FUNCTION victim_search_words();

CREATE FUNCTION victim_search_vocabulary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "VictimSearchWord" (word)
    SELECT DISTINCT unnest("searchWords") FROM new_victims
    ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Victim_search_vocabulary_insert" AFTER INSERT ON "Victim"
  REFERENCING NEW TABLE AS new_victims FOR EACH STATEMENT EXECUTE FUNCTION victim_search_vocabulary();

CREATE TRIGGER "Victim_search_vocabulary_update" AFTER UPDATE ON "Victim"
  REFERENCING NEW TABLE AS new_victims FOR EACH STATEMENT EXECUTE FUNCTION victim_search_vocabulary();

-- Rows that already have a key get their words (and the vocabulary) now.
UPDATE "Victim" SET "searchWords" = DEFAULT WHERE "searchKey" <> '';
