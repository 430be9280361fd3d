-- Read model of disbursed loans, fed by origination.loan-disbursed.v1 (origination owns the loan).
CREATE TABLE loan (
    id            UUID PRIMARY KEY,
    customer_id   UUID           NOT NULL,
    principal     NUMERIC(17, 2) NOT NULL CHECK (principal > 0),
    currency      VARCHAR(3)     NOT NULL,
    disbursed_on  DATE           NOT NULL,
    maturity_date DATE           NOT NULL,
    recorded_at   TIMESTAMPTZ    NOT NULL
);

-- A collection case: one per default of a loan; at most one OPEN case per loan.
CREATE TABLE collection_case (
    id                    UUID PRIMARY KEY,
    loan_id               UUID           NOT NULL,
    customer_id           UUID           NOT NULL,
    status                VARCHAR(10)    NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    outcome               VARCHAR(20) CHECK (outcome IN ('REPAID_IN_FULL', 'SETTLED', 'WRITTEN_OFF')),
    currency              VARCHAR(3)     NOT NULL,
    outstanding_principal NUMERIC(17, 2) NOT NULL CHECK (outstanding_principal >= 0),
    overdue_interest      NUMERIC(17, 2) NOT NULL CHECK (overdue_interest >= 0),
    exposure_at_default   NUMERIC(17, 2) NOT NULL CHECK (exposure_at_default > 0),
    total_recovered       NUMERIC(17, 2) NOT NULL CHECK (total_recovered >= 0),
    days_past_due         INTEGER        NOT NULL CHECK (days_past_due >= 0),
    category_at_default   VARCHAR(20)    NOT NULL,
    disbursed_principal   NUMERIC(17, 2),
    opened_on             DATE           NOT NULL,
    opened_at             TIMESTAMPTZ    NOT NULL,
    default_event_id      UUID           NOT NULL,
    assigned_to           VARCHAR(100),
    closed_on             DATE,
    closed_at             TIMESTAMPTZ,
    closed_by             VARCHAR(100),
    closure_reason        VARCHAR(500),
    version               BIGINT         NOT NULL,
    CONSTRAINT collection_case_closed_has_outcome CHECK ((status = 'OPEN') = (outcome IS NULL)),
    CONSTRAINT collection_case_closed_has_date CHECK ((status = 'OPEN') = (closed_on IS NULL))
);
CREATE UNIQUE INDEX collection_case_one_open_per_loan ON collection_case (loan_id) WHERE status = 'OPEN';
CREATE INDEX collection_case_loan ON collection_case (loan_id);
CREATE INDEX collection_case_open_by_officer ON collection_case (assigned_to) WHERE status = 'OPEN';

-- Money recovered on a case, from core banking (deduplicated by its booking id) or entered by a collector
-- (deduplicated by the client's Idempotency-Key).
CREATE TABLE recovery (
    id                UUID PRIMARY KEY,
    case_id           UUID           NOT NULL REFERENCES collection_case (id),
    amount            NUMERIC(17, 2) NOT NULL CHECK (amount > 0),
    currency          VARCHAR(3)     NOT NULL,
    source            VARCHAR(20)    NOT NULL CHECK (source IN ('COREBANKING', 'MANUAL')),
    value_date        DATE           NOT NULL,
    reference         VARCHAR(200),
    repayment_id      UUID UNIQUE,
    idempotency_key   VARCHAR(100),
    recovered_to_date NUMERIC(17, 2) NOT NULL,
    after_closure     BOOLEAN        NOT NULL,
    recorded_at       TIMESTAMPTZ    NOT NULL,
    recorded_by       VARCHAR(100)   NOT NULL,
    CONSTRAINT recovery_idempotency UNIQUE (case_id, idempotency_key),
    CONSTRAINT recovery_corebanking_has_booking CHECK ((source = 'COREBANKING') = (repayment_id IS NOT NULL))
);
CREATE INDEX recovery_case ON recovery (case_id, recorded_at);
