-- Read model of customers, fed by customer.registered.v1 and customer.profile-updated.v1 (customer-service owns
-- them): the region and MIIT size class that assign a case to a collector.
CREATE TABLE borrower (
    customer_id  UUID PRIMARY KEY,
    legal_name   VARCHAR(200),
    region_code  VARCHAR(6),
    size_class   VARCHAR(10),
    recorded_at  TIMESTAMPTZ NOT NULL,
    version      BIGINT      NOT NULL
);

-- The guarantee circle each customer belongs to, as customer.guarantee-linked.v1 last reported it (a JSON array of
-- customer ids, the member itself included).
CREATE TABLE guarantee_circle_member (
    customer_id      UUID PRIMARY KEY,
    circle_member_ids VARCHAR(20000) NOT NULL,
    circle_has_cycle BOOLEAN        NOT NULL,
    link_id          UUID           NOT NULL,
    recorded_at      TIMESTAMPTZ    NOT NULL,
    version          BIGINT         NOT NULL
);

-- Read model of monitoring's five-category class per loan, fed by monitoring.loan-classified.v1: a collector may
-- open a case on demand for a loan classified substandard or worse.
CREATE TABLE loan_classification (
    loan_id               UUID PRIMARY KEY,
    customer_id           UUID           NOT NULL,
    category              VARCHAR(20)    NOT NULL,
    days_past_due         INTEGER        NOT NULL,
    stage                 INTEGER        NOT NULL,
    outstanding_principal NUMERIC(17, 2) NOT NULL,
    as_of                 DATE           NOT NULL,
    event_id              UUID           NOT NULL,
    recorded_at           TIMESTAMPTZ    NOT NULL,
    version               BIGINT         NOT NULL
);

-- Cases opened on demand have no default event; they name who opened them, why, and the client's Idempotency-Key.
ALTER TABLE collection_case ALTER COLUMN default_event_id DROP NOT NULL;
ALTER TABLE collection_case ADD COLUMN origin VARCHAR(20) NOT NULL DEFAULT 'DEFAULT'
    CHECK (origin IN ('DEFAULT', 'ON_DEMAND'));
ALTER TABLE collection_case ADD COLUMN opened_by VARCHAR(100);
ALTER TABLE collection_case ADD COLUMN opening_reason VARCHAR(1000);
ALTER TABLE collection_case ADD COLUMN idempotency_key VARCHAR(100);
ALTER TABLE collection_case ADD CONSTRAINT collection_case_origin_has_cause
    CHECK ((origin = 'DEFAULT') = (default_event_id IS NOT NULL));
CREATE UNIQUE INDEX collection_case_idempotency ON collection_case (opened_by, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX collection_case_customer ON collection_case (customer_id);
