-- Issue 4 remainder: qualitative module inputs, model governance, back-test defaults, annual review.

-- What customer-service tells us about the firm (customer.registered.v1 / customer.profile-updated.v1).
CREATE TABLE customer_profile (
    customer_id     UUID PRIMARY KEY,
    industry_code   VARCHAR(10),
    established_on  DATE,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- Soft information items (customer.soft-information-recorded.v1), the qualitative module's evidence.
CREATE TABLE soft_information (
    id              UUID PRIMARY KEY,
    customer_id     UUID          NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    observed_on     DATE          NOT NULL,
    assessment      VARCHAR(20)   NOT NULL,
    amount          NUMERIC(17, 2),
    attributes      VARCHAR(4000),
    source_event_id UUID          NOT NULL,
    received_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX soft_information_customer ON soft_information (customer_id, observed_on);

-- The qualitative assessment a rating used (JSON: factors, points, weight, notches); null before V4.
ALTER TABLE rating ADD COLUMN qualitative VARCHAR(4000);
CREATE INDEX rating_rated_on ON rating (rated_on);

-- Model versions and their activation with four eyes: the approver is never the proposer.
CREATE TABLE rating_model_version (
    version          VARCHAR(60)   PRIMARY KEY,
    sha256           VARCHAR(64)   NOT NULL,
    status           VARCHAR(20)   NOT NULL CHECK (status IN ('AVAILABLE', 'PROPOSED', 'ACTIVE', 'RETIRED')),
    proposed_by      VARCHAR(100),
    proposed_at      TIMESTAMPTZ,
    proposal_comment VARCHAR(2000),
    approved_by      VARCHAR(100),
    approved_at      TIMESTAMPTZ,
    activated_on     DATE,
    CHECK (approved_by IS NULL OR approved_by <> proposed_by)
);
-- at most one active model at any time
CREATE UNIQUE INDEX rating_model_one_active ON rating_model_version (status) WHERE status = 'ACTIVE';

-- Defaults reported by monitoring (monitoring.loan-defaulted.v1), for the back-test.
CREATE TABLE loan_default (
    loan_id         UUID PRIMARY KEY,
    customer_id     UUID         NOT NULL,
    default_date    DATE         NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX loan_default_customer ON loan_default (customer_id);

-- Annual reviews done: one per customer per review date (idempotent, restartable job).
CREATE TABLE annual_review (
    customer_id     UUID         NOT NULL,
    review_date     DATE         NOT NULL,
    rating_id       UUID         REFERENCES rating (id),
    outcome         VARCHAR(20)  NOT NULL,
    reviewed_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (customer_id, review_date)
);
