-- 0003: cluster membership (Microsoft.Orleans.Clustering.AdoNet, Invariant "Npgsql").
--
-- Query keys: InsertMembershipVersionKey, InsertMembershipKey, UpdateMembershipKey, UpdateIAmAlivetimeKey,
--   MembershipReadRowKey, MembershipReadAllKey, GatewaysQueryKey, DeleteMembershipTableEntriesKey,
--   CleanupDefunctSiloEntriesKey.
-- Orleans' extended membership protocol: every change to a silo row also bumps the cluster's single
-- version row, and only when the caller saw the current version. Insert/update functions return 1 when
-- both happened and 0 (with nothing changed) otherwise.
--
-- The reference script rolls back with ASSERT, which silently stops working when plpgsql.check_asserts is
-- off; here a private SQLSTATE raised inside a sub-block undoes the half-done change instead.

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,

    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

CREATE OR REPLACE FUNCTION orleans_membership_insert(
    p_deployment_id  varchar,
    p_address        varchar,
    p_port           integer,
    p_generation     integer,
    p_silo_name      varchar,
    p_host_name      varchar,
    p_status         integer,
    p_proxy_port     integer,
    p_start_time     timestamptz,
    p_i_am_alive     timestamptz,
    p_version        integer)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql
AS $body$
DECLARE
    v_rows integer := 0;
BEGIN
    BEGIN
        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        VALUES
            (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status, p_proxy_port,
             p_start_time, p_i_am_alive)
        ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;

        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows > 0 THEN
            UPDATE OrleansMembershipVersionTable
            SET Timestamp = now(), Version = Version + 1
            WHERE DeploymentId = p_deployment_id AND Version = p_version;

            GET DIAGNOSTICS v_rows = ROW_COUNT;
            IF v_rows = 0 THEN
                RAISE SQLSTATE 'PL001';
            END IF;
        END IF;
    EXCEPTION
        WHEN SQLSTATE 'PL001' THEN
            v_rows := 0;
    END;

    RETURN QUERY SELECT v_rows;
END
$body$;

CREATE OR REPLACE FUNCTION orleans_membership_update(
    p_deployment_id  varchar,
    p_address        varchar,
    p_port           integer,
    p_generation     integer,
    p_status         integer,
    p_suspect_times  varchar,
    p_i_am_alive     timestamptz,
    p_version        integer)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql
AS $body$
DECLARE
    v_rows integer := 0;
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET Timestamp = now(), Version = Version + 1
        WHERE DeploymentId = p_deployment_id AND Version = p_version;

        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows > 0 THEN
            UPDATE OrleansMembershipTable
            SET Status = p_status, SuspectTimes = p_suspect_times, IAmAliveTime = p_i_am_alive
            WHERE DeploymentId = p_deployment_id
              AND Address = p_address
              AND Port = p_port
              AND Generation = p_generation;

            GET DIAGNOSTICS v_rows = ROW_COUNT;
            IF v_rows = 0 THEN
                RAISE SQLSTATE 'PL001';
            END IF;
        END IF;
    EXCEPTION
        WHEN SQLSTATE 'PL001' THEN
            v_rows := 0;
    END;

    RETURN QUERY SELECT v_rows;
END
$body$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
(
    'InsertMembershipVersionKey',
    'WITH inserted AS
     (
         INSERT INTO OrleansMembershipVersionTable (DeploymentId)
         VALUES (@DeploymentId)
         ON CONFLICT (DeploymentId) DO NOTHING
         RETURNING 1
     )
     SELECT count(*)::integer AS row_count FROM inserted;'
),
(
    'InsertMembershipKey',
    'SELECT row_count FROM orleans_membership_insert(@DeploymentId, @Address, @Port, @Generation, @SiloName,
        @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version);'
),
(
    'UpdateMembershipKey',
    'SELECT row_count FROM orleans_membership_update(@DeploymentId, @Address, @Port, @Generation, @Status,
        @SuspectTimes, @IAmAliveTime, @Version);'
),
(
    'UpdateIAmAlivetimeKey',
    'UPDATE OrleansMembershipTable
     SET IAmAliveTime = @IAmAliveTime
     WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
       AND Address = @Address AND @Address IS NOT NULL
       AND Port = @Port AND @Port IS NOT NULL
       AND Generation = @Generation AND @Generation IS NOT NULL;'
),
(
    'MembershipReadRowKey',
    'SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
            m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
     FROM OrleansMembershipVersionTable v
     -- The version row comes back even when the silo has no row yet.
     LEFT OUTER JOIN OrleansMembershipTable m
         ON m.DeploymentId = v.DeploymentId
        AND m.Address = @Address AND @Address IS NOT NULL
        AND m.Port = @Port AND @Port IS NOT NULL
        AND m.Generation = @Generation AND @Generation IS NOT NULL
     WHERE v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;'
),
(
    'MembershipReadAllKey',
    'SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
            m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
     FROM OrleansMembershipVersionTable v
     LEFT OUTER JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
     WHERE v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;'
),
(
    'GatewaysQueryKey',
    'SELECT Address, ProxyPort, Generation
     FROM OrleansMembershipTable
     WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
       AND Status = @Status AND @Status IS NOT NULL
       AND ProxyPort > 0;'
),
(
    'DeleteMembershipTableEntriesKey',
    'DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
     DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;'
),
(
    'CleanupDefunctSiloEntriesKey',
    -- Status 3 is SiloStatus.Active: a live silo is never removed, however stale its heartbeat looks.
    'DELETE FROM OrleansMembershipTable
     WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
       AND IAmAliveTime < @IAmAliveTime
       AND Status != 3;'
)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
