-- 0006: grain state payloads compressed with lz4 instead of PostgreSQL's default pglz.
--
-- Every write replaces a state's whole payload, and states above ~2 kB are compressed on every write: contracts and
-- jobs with their messages, and the review queue with every item (hundreds of kilobytes under load). Measured on
-- PostgreSQL 15 here, 100 updates of a 1.3 MB review-queue-like payload: pglz 2.6-2.8 s, lz4 0.80-0.90 s, compressed
-- to 368 kB and 361 kB (docs/benchmarks.md, "PostgreSQL with the project's own grain storage").
-- PostgreSQL builds without lz4 keep pglz: the migration then changes nothing.

DO $$
BEGIN
    ALTER TABLE grain_state ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'lz4 is not available in this PostgreSQL build: grain_state payloads stay pglz-compressed';
END
$$;
