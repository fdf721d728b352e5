-- pglz vs lz4 for grain_state-like payloads: 100 updates of a 1.3 MB row of review-item-like text, twice each.
-- Run against a scratch database on a private server, e.g.: psql -h 127.0.0.1 -p PORT -U postgres -f tools/postgres/compression-bench.sql
-- Figures: docs/benchmarks.md, "Row sizes and compression".
\timing on
CREATE TABLE src AS SELECT convert_to(string_agg(md5(i::text) || ' 審査待ちです：事務局を名乗る連絡先の案内 held-contract-c-' || (i % 97)::text || ' severity 2 auto fake_official', ','), 'UTF8') AS p FROM generate_series(1, 9000) i;
SELECT octet_length(p) FROM src;
CREATE TABLE t_pglz (id int primary key, payload bytea COMPRESSION pglz);
CREATE TABLE t_lz4 (id int primary key, payload bytea COMPRESSION lz4);
INSERT INTO t_pglz SELECT 1, p FROM src; INSERT INTO t_lz4 SELECT 1, p FROM src;
DO $$ BEGIN FOR i IN 1..100 LOOP UPDATE t_pglz SET payload = (SELECT p FROM src) || int4send(i) WHERE id = 1; END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..100 LOOP UPDATE t_lz4 SET payload = (SELECT p FROM src) || int4send(i) WHERE id = 1; END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..100 LOOP UPDATE t_pglz SET payload = (SELECT p FROM src) || int4send(i) WHERE id = 1; END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..100 LOOP UPDATE t_lz4 SET payload = (SELECT p FROM src) || int4send(i) WHERE id = 1; END LOOP; END $$;
SELECT pg_column_size(payload) FROM t_pglz; SELECT pg_column_size(payload) FROM t_lz4;
