-- 0004: reminders (Microsoft.Orleans.Reminders.AdoNet, Invariant "Npgsql").
--
-- Query keys: UpsertReminderRowKey, ReadReminderRowsKey, ReadReminderRowKey, ReadRangeRows1Key,
--   ReadRangeRows2Key, DeleteReminderRowKey, DeleteReminderRowsKey.
-- Columns Orleans reads: GrainId, ReminderName, StartTime, Period (milliseconds), Version.
-- Range queries split the consistent-hash ring: Rows1 is a range that does not wrap (Begin < End),
-- Rows2 one that wraps past the top of the ring.

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150)   NOT NULL,
    GrainId      varchar(150)   NOT NULL,
    ReminderName varchar(150)   NOT NULL,
    StartTime    timestamptz(3) NOT NULL,
    Period       bigint         NOT NULL,
    GrainHash    integer        NOT NULL,
    Version      integer        NOT NULL,

    CONSTRAINT PK_RemindersTable_ServiceId_GrainId_ReminderName PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Each silo loads the reminders of its hash range on start and on membership changes.
CREATE INDEX IF NOT EXISTS IX_RemindersTable_ServiceId_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
(
    'UpsertReminderRowKey',
    'INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
     VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
     ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
         SET StartTime = EXCLUDED.StartTime,
             Period = EXCLUDED.Period,
             GrainHash = EXCLUDED.GrainHash,
             Version = r.Version + 1
     RETURNING r.Version AS Version;'
),
(
    'ReadReminderRowsKey',
    'SELECT GrainId, ReminderName, StartTime, Period, Version
     FROM OrleansRemindersTable
     WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND GrainId = @GrainId AND @GrainId IS NOT NULL;'
),
(
    'ReadReminderRowKey',
    'SELECT GrainId, ReminderName, StartTime, Period, Version
     FROM OrleansRemindersTable
     WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND GrainId = @GrainId AND @GrainId IS NOT NULL
       AND ReminderName = @ReminderName AND @ReminderName IS NOT NULL;'
),
(
    'ReadRangeRows1Key',
    'SELECT GrainId, ReminderName, StartTime, Period, Version
     FROM OrleansRemindersTable
     WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND GrainHash > @BeginHash AND @BeginHash IS NOT NULL
       AND GrainHash <= @EndHash AND @EndHash IS NOT NULL;'
),
(
    'ReadRangeRows2Key',
    'SELECT GrainId, ReminderName, StartTime, Period, Version
     FROM OrleansRemindersTable
     WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL
       AND ((GrainHash > @BeginHash AND @BeginHash IS NOT NULL)
         OR (GrainHash <= @EndHash AND @EndHash IS NOT NULL));'
),
(
    'DeleteReminderRowKey',
    'WITH deleted AS
     (
         DELETE FROM OrleansRemindersTable
         WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL
           AND GrainId = @GrainId AND @GrainId IS NOT NULL
           AND ReminderName = @ReminderName AND @ReminderName IS NOT NULL
           AND Version = @Version AND @Version IS NOT NULL
         RETURNING 1
     )
     SELECT count(*)::integer AS row_count FROM deleted;'
),
(
    'DeleteReminderRowsKey',
    'DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId AND @ServiceId IS NOT NULL;'
)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
