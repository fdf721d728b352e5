-- 0001: the Orleans query catalogue.
--
-- Orleans' ADO.NET providers issue no SQL of their own: at start-up each provider runs
-- "SELECT QueryKey, QueryText FROM OrleansQuery" and from then on only executes the texts stored here.
-- The contract with Orleans is therefore the query keys, the @Parameter names each text uses and the
-- column names each text returns; table and function names behind them are ours to choose.
--
-- Identifiers are unquoted on purpose, so PostgreSQL folds them to lower case and Orleans'
-- case-insensitive column look-ups keep working.
--
-- Later migrations (re)define rows with INSERT ... ON CONFLICT DO UPDATE, so changing a query is
-- just a new migration file.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
