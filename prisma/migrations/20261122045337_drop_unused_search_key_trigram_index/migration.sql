-- The name search matches query words against the vocabulary ("VictimSearchWord", trigram-indexed)
-- and finds victims by "searchWords" (GIN); nothing reads "searchKey" through this index, and every
-- write paid for it.
-- DropIndex
DROP INDEX "Victim_searchKey_trgm_idx";
