-- 0005: grain state written by PostgresGrainStorage, the project's own provider, instead of the ADO.NET
-- provider's OrleansStorage (0002), which stays for reading states written before this migration.
--
-- One row per grain state. Version is the ETag: a write names the version it read and changes the row only
-- if it is still that version, so a stale writer (two activations in a split-brain window) changes nothing
-- and gets InconsistentStateException. A cleared state keeps its row with a NULL payload (a tombstone), so
-- the version goes on counting and an old OrleansStorage row under the same key is never read again.
--
-- Payload is the state in Orleans' binary format (version tolerant through the [Id] of each member). The
-- provider writes many grains' rows in one batch and one commit (docs/benchmarks.md, "PostgreSQL storage").

CREATE TABLE IF NOT EXISTS grain_state
(
    service_id  text        NOT NULL,
    grain_id    text        NOT NULL,
    state_name  text        NOT NULL,
    version     bigint      NOT NULL,
    payload     bytea       NULL,
    modified_on timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT grain_state_pk PRIMARY KEY (service_id, grain_id, state_name)
) WITH (fillfactor = 80);
