-- Benchmark of the guarantee-circle query (GuaranteeService.COMPONENT_LINKS) on 10,000 firms, outside `verify`.
-- Run against a scratch database with the service's migrations applied:
--   psql -h 127.0.0.1 -U postgres -c 'create database sme_customer_bench'
--   psql -h 127.0.0.1 -U postgres -d sme_customer_bench -f ../src/main/resources/db/migration/V1__customer_and_statement.sql \
--        -f ../src/main/resources/db/migration/V2__profile_size_guarantees.sql -f guarantee-circle-10k.sql
--   psql -h 127.0.0.1 -U postgres -c 'drop database sme_customer_bench'
-- Graph: each firm guarantees 1-3 random others (about 20,000 links, one giant component full of loops).
\set QUIET on
SELECT setseed(0.42);
INSERT INTO customer (id, uscc, legal_name, industry_code, region_code, registered_at, registered_by, version)
SELECT md5('firm' || i)::uuid, lpad(i::text, 18, '0'), 'Firm ' || i, 'C33', '430100', now(), 'bench', 0
FROM generate_series(1, 10000) i;
INSERT INTO guarantee_link (id, guarantor_id, borrower_id, amount, valid_from, created_at, created_by)
SELECT gen_random_uuid(), md5('firm' || i)::uuid, md5('firm' || o)::uuid, 1000000, DATE '2025-01-01', now(), 'bench'
FROM (SELECT i, 1 + floor(random() * 10000)::int AS o
      FROM generate_series(1, 10000) i, generate_series(1, 3) k WHERE k <= 1 + floor(random() * 3)) e
WHERE i <> o;
ANALYZE customer;
ANALYZE guarantee_link;
SELECT count(*) AS links FROM guarantee_link;
\timing on
\set QUIET off
PREPARE circle(uuid, date) AS
WITH RECURSIVE component(id) AS (
    SELECT $1
    UNION
    SELECT CASE WHEN l.guarantor_id = c.id THEN l.borrower_id ELSE l.guarantor_id END
    FROM guarantee_link l JOIN component c ON l.guarantor_id = c.id OR l.borrower_id = c.id
    WHERE l.valid_to IS NULL OR l.valid_to >= $2
)
SELECT count(*) AS circle_links FROM guarantee_link l
WHERE l.guarantor_id IN (SELECT id FROM component) AND (l.valid_to IS NULL OR l.valid_to >= $2);
EXECUTE circle(md5('firm1')::uuid, DATE '2026-11-27');
EXECUTE circle(md5('firm5000')::uuid, DATE '2026-11-27');
EXECUTE circle(md5('firm9999')::uuid, DATE '2026-11-27');
