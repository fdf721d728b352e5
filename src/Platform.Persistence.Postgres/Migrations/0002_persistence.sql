-- 0002: grain state storage (Microsoft.Orleans.Persistence.AdoNet, Invariant "Npgsql").
--
-- Query keys: WriteToStorageKey, ReadFromStorageKey, ClearStorageKey, DeleteStorageKey.
-- Parameters Orleans binds: @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
--   @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary.
-- Columns Orleans reads: PayloadBinary and Version (read), NewGrainStateVersion (write), column 0 (clear).
--
-- Concurrency contract: Version is the grain state's ETag. A write or clear whose @GrainStateVersion does
-- not match the stored Version changes nothing and hands the old version back, which Orleans turns into an
-- InconsistentStateException; no update is ever silently lost.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer       NOT NULL,
    GrainIdN0              bigint        NOT NULL,
    GrainIdN1              bigint        NOT NULL,
    GrainTypeHash          integer       NOT NULL,
    GrainTypeString        varchar(512)  NOT NULL,
    GrainIdExtensionString varchar(512)  NULL,
    ServiceId              varchar(150)  NOT NULL,
    PayloadBinary          bytea         NULL,
    ModifiedOn             timestamptz   NOT NULL,
    Version                integer       NULL
);

-- Unlike the reference script (a plain index), the key is unique: two activations racing to create the
-- same grain's first row (a split-brain window) cannot both succeed. The extension string is nullable, so
-- NULL is folded to a value no real key extension uses. The leading columns serve the hash look-ups.
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain
    ON OrleansStorage (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId, GrainTypeString,
                       COALESCE(GrainIdExtensionString, E'\u0001'));

CREATE OR REPLACE FUNCTION orleans_storage_write(
    p_grain_id_hash        integer,
    p_grain_id_n0          bigint,
    p_grain_id_n1          bigint,
    p_grain_type_hash      integer,
    p_grain_type_string    varchar,
    p_grain_id_extension   varchar,
    p_service_id           varchar,
    p_grain_state_version  integer,
    p_payload_binary       bytea)
    RETURNS TABLE (NewGrainStateVersion integer)
    LANGUAGE plpgsql
AS $body$
DECLARE
    v_new_version integer := p_grain_state_version;
    v_rows        integer := 0;
BEGIN
    IF p_grain_state_version IS NOT NULL THEN
        -- The grain read its state before: optimistic update guarded by the version it read.
        UPDATE OrleansStorage s
        SET PayloadBinary = p_payload_binary,
            ModifiedOn    = now(),
            Version       = s.Version + 1
        WHERE s.GrainIdHash = p_grain_id_hash
          AND s.GrainTypeHash = p_grain_type_hash
          AND s.GrainIdN0 = p_grain_id_n0
          AND s.GrainIdN1 = p_grain_id_n1
          AND s.ServiceId = p_service_id
          AND s.GrainTypeString = p_grain_type_string
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension
          AND s.Version = p_grain_state_version;

        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows > 0 THEN
            v_new_version := p_grain_state_version + 1;
        END IF;
    ELSE
        -- No state was read: the first write creates the row, and only one writer may do so.
        BEGIN
            INSERT INTO OrleansStorage
                (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
                 GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
            SELECT p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type_string,
                   p_grain_id_extension, p_service_id, p_payload_binary, now(), 1
            WHERE NOT EXISTS
            (
                SELECT 1
                FROM OrleansStorage s
                WHERE s.GrainIdHash = p_grain_id_hash
                  AND s.GrainTypeHash = p_grain_type_hash
                  AND s.GrainIdN0 = p_grain_id_n0
                  AND s.GrainIdN1 = p_grain_id_n1
                  AND s.ServiceId = p_service_id
                  AND s.GrainTypeString = p_grain_type_string
                  AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension
            );

            GET DIAGNOSTICS v_rows = ROW_COUNT;
            IF v_rows > 0 THEN
                v_new_version := 1;
            END IF;
        EXCEPTION
            WHEN unique_violation THEN
                -- Lost the race to create the row: report "unchanged" so Orleans raises a conflict.
                v_new_version := NULL;
        END;
    END IF;

    RETURN QUERY SELECT v_new_version;
END
$body$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
(
    'WriteToStorageKey',
    'SELECT NewGrainStateVersion FROM orleans_storage_write(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash,
        @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);'
),
(
    'ReadFromStorageKey',
    'SELECT PayloadBinary, now() AS ReadOn, Version
     FROM OrleansStorage
     WHERE GrainIdHash = @GrainIdHash
       AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
       AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
       AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
       AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
       AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;'
),
(
    'ClearStorageKey',
    'UPDATE OrleansStorage
     SET PayloadBinary = NULL,
         ModifiedOn = now(),
         Version = Version + 1
     WHERE GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
       AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
       AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
       AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
       AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
       AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
       AND Version = @GrainStateVersion AND @GrainStateVersion IS NOT NULL
     RETURNING Version AS NewGrainStateVersion;'
),
(
    'DeleteStorageKey',
    'DELETE FROM OrleansStorage
     WHERE GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
       AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
       AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
       AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
       AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
       AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
       AND Version = @GrainStateVersion AND @GrainStateVersion IS NOT NULL
     RETURNING Version + 1 AS NewGrainStateVersion;'
)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
