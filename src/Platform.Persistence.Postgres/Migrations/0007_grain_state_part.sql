-- 0007: the parts of grain states stored in parts (IStoredInParts: a contract's messages and history in pages, a job's
-- proposals one by one, its revisions in pages), beside the state's row in grain_state.
--
-- Before this migration a contract's whole state, every message included, was serialised and rewritten on every
-- change, so a message cost in proportion to the thread's length (docs/benchmarks.md, "What PostgreSQL's ceiling is
-- made of"). Now a change writes the state's row and only the parts that changed, in one statement whose parts are
-- written only when the row's version guard passed (GroupCommit). A state's row written before this migration still
-- holds its lists; they are read from it and move here on its next write.
--
-- part_key sorts in byte order (COLLATE "C"): the parts of a list are read back in key order.

CREATE TABLE IF NOT EXISTS grain_state_part
(
    service_id  text              NOT NULL,
    grain_id    text              NOT NULL,
    state_name  text              NOT NULL,
    part_key    text COLLATE "C"  NOT NULL,
    payload     bytea             NOT NULL,

    CONSTRAINT grain_state_part_pk PRIMARY KEY (service_id, grain_id, state_name, part_key)
) WITH (fillfactor = 80);

DO $$
BEGIN
    ALTER TABLE grain_state_part ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'lz4 is not available in this PostgreSQL build: grain_state_part payloads stay pglz-compressed';
END
$$;
