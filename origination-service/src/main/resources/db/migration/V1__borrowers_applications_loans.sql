-- Read model of the customers origination knows (from customer.registered.v1); owned by customer-service,
-- replicated here because no service reads another's tables.
CREATE TABLE borrower (
    customer_id   UUID PRIMARY KEY,
    legal_name    VARCHAR(200) NOT NULL,
    industry_code VARCHAR(5)   NOT NULL,
    region_code   VARCHAR(6)   NOT NULL,
    known_since   TIMESTAMPTZ  NOT NULL
);

-- Latest rating per customer (from rating.assigned.v1). May arrive before the customer is known.
CREATE TABLE borrower_rating (
    customer_id UUID PRIMARY KEY,
    rating_id   UUID          NOT NULL,
    grade       VARCHAR(10)   NOT NULL,
    pd          NUMERIC(12, 8) NOT NULL CHECK (pd >= 0 AND pd <= 1),
    rated_on    DATE          NOT NULL,
    received_at TIMESTAMPTZ   NOT NULL
);

-- Knock-out: no new credit (from monitoring: loan classified substandard or worse, or loan defaulted).
CREATE TABLE credit_block (
    customer_id   UUID PRIMARY KEY,
    reason        VARCHAR(500) NOT NULL,
    loan_id       UUID         NOT NULL,
    blocked_since DATE         NOT NULL,
    last_event_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE loan_application (
    id             UUID PRIMARY KEY,
    customer_id    UUID           NOT NULL,
    product_code   VARCHAR(30)    NOT NULL,
    amount         NUMERIC(17, 2) NOT NULL CHECK (amount > 0),
    currency       VARCHAR(3)     NOT NULL,
    term_months    INTEGER        NOT NULL CHECK (term_months > 0),
    purpose        VARCHAR(500)   NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    submitted_by   VARCHAR(100)   NOT NULL,
    submitted_at   TIMESTAMPTZ    NOT NULL,
    -- the rating the decision used
    rating_id      UUID,
    grade          VARCHAR(10),
    pd             NUMERIC(12, 8),
    rated_on       DATE,
    -- the price offered (approved or referred), with its breakdown
    lpr            NUMERIC(12, 8),
    lgd            NUMERIC(12, 8),
    risk_premium   NUMERIC(16, 12),
    operating_cost NUMERIC(12, 8),
    margin         NUMERIC(12, 8),
    computed_rate  NUMERIC(12, 8),
    rate_floor     NUMERIC(12, 8),
    rate_cap       NUMERIC(12, 8),
    rate_bound     VARCHAR(10),
    annual_rate    NUMERIC(12, 8),
    loan_id        UUID,
    version        BIGINT         NOT NULL
);
CREATE INDEX loan_application_customer ON loan_application (customer_id, submitted_at);
CREATE INDEX loan_application_awaiting ON loan_application (customer_id) WHERE status = 'AWAITING_RATING';

-- Every decision on an application, automatic or by a person, with its reasons (newline separated).
CREATE TABLE application_decision (
    id             UUID PRIMARY KEY,
    application_id UUID         NOT NULL REFERENCES loan_application (id),
    outcome        VARCHAR(20)  NOT NULL,
    automatic      BOOLEAN      NOT NULL,
    reasons        VARCHAR      NOT NULL,
    comment        VARCHAR(2000),
    decided_by     VARCHAR(100) NOT NULL,
    decided_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX application_decision_application ON application_decision (application_id, decided_at);

-- Idempotency-Key of POST /api/applications, scoped to the caller.
CREATE TABLE idempotency_key (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caller          VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    application_id  UUID         NOT NULL REFERENCES loan_application (id),
    created_at      TIMESTAMPTZ  NOT NULL,
    UNIQUE (caller, idempotency_key)
);

CREATE TABLE loan (
    id                          UUID PRIMARY KEY,
    application_id              UUID           NOT NULL UNIQUE REFERENCES loan_application (id),
    customer_id                 UUID           NOT NULL,
    product_code                VARCHAR(30)    NOT NULL,
    principal                   NUMERIC(17, 2) NOT NULL CHECK (principal > 0),
    currency                    VARCHAR(3)     NOT NULL,
    annual_rate                 NUMERIC(12, 8) NOT NULL,
    term_months                 INTEGER        NOT NULL,
    monthly_payment             NUMERIC(17, 2) NOT NULL,
    disbursed_on                DATE           NOT NULL,
    maturity_date               DATE           NOT NULL,
    grade                       VARCHAR(10)    NOT NULL,
    pd                          NUMERIC(12, 8) NOT NULL,
    lgd                         NUMERIC(12, 8) NOT NULL,
    disbursement_instruction_id UUID           NOT NULL UNIQUE,
    booked_at                   TIMESTAMPTZ    NOT NULL,
    booked_by                   VARCHAR(100)   NOT NULL
);
CREATE INDEX loan_customer ON loan (customer_id);

CREATE TABLE loan_installment (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    loan_id          UUID           NOT NULL REFERENCES loan (id),
    number           INTEGER        NOT NULL CHECK (number >= 1),
    due_date         DATE           NOT NULL,
    payment          NUMERIC(17, 2) NOT NULL,
    principal        NUMERIC(17, 2) NOT NULL,
    interest         NUMERIC(17, 2) NOT NULL,
    outstanding_after NUMERIC(17, 2) NOT NULL,
    UNIQUE (loan_id, number)
);
