-- The loan book as monitored: loans from origination with their schedules, repayments from core banking,
-- the latest PD per borrower from rating, and the end-of-day classification runs.
-- Money NUMERIC(17,2) CNY; rates, PD and LGD as decimals.

CREATE TABLE loan (
    id               UUID PRIMARY KEY,
    application_id   UUID           NOT NULL,
    customer_id      UUID           NOT NULL,
    principal        NUMERIC(17, 2) NOT NULL CHECK (principal > 0),
    currency         VARCHAR(3)     NOT NULL,
    annual_rate      NUMERIC(9, 6)  NOT NULL,
    disbursed_on     DATE           NOT NULL,
    maturity_date    DATE           NOT NULL,
    grade            VARCHAR(10)    NOT NULL,
    pd               NUMERIC(11, 8) NOT NULL,
    lgd              NUMERIC(11, 8) NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    -- money received beyond the whole schedule, kept for refund or future dues
    unapplied_credit NUMERIC(17, 2) NOT NULL,
    -- state of the last completed assessment (null until the first daily run)
    assessed_on      DATE,
    days_past_due    INTEGER,
    category         VARCHAR(20),
    stage            INTEGER CHECK (stage BETWEEN 1 AND 3),
    ecl              NUMERIC(17, 2),
    -- highest DPD early-warning threshold signalled in the current delinquency episode (0 = none)
    warning_level    INTEGER        NOT NULL,
    -- set once, when DPD first exceeded 90 (IFRS 9 B5.5.37)
    defaulted_on     DATE,
    booked_at        TIMESTAMPTZ    NOT NULL,
    version          BIGINT         NOT NULL
);
CREATE INDEX loan_customer ON loan (customer_id);
CREATE INDEX loan_active ON loan (id) WHERE status = 'ACTIVE';

CREATE TABLE installment (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    loan_id        UUID           NOT NULL REFERENCES loan (id),
    number         INTEGER        NOT NULL CHECK (number >= 1),
    due_date       DATE           NOT NULL,
    principal_due  NUMERIC(17, 2) NOT NULL CHECK (principal_due >= 0),
    interest_due   NUMERIC(17, 2) NOT NULL CHECK (interest_due >= 0),
    principal_paid NUMERIC(17, 2) NOT NULL CHECK (principal_paid >= 0 AND principal_paid <= principal_due),
    interest_paid  NUMERIC(17, 2) NOT NULL CHECK (interest_paid >= 0 AND interest_paid <= interest_due),
    UNIQUE (loan_id, number)
);

-- Core banking's bookings. The primary key is core banking's repaymentId: a booking delivered twice (even under a
-- new CloudEvent id) has one effect. No foreign key to loan: a repayment may arrive before its loan is booked
-- (applied_at stays null until then).
CREATE TABLE repayment (
    repayment_id UUID PRIMARY KEY,
    loan_id      UUID           NOT NULL,
    amount       NUMERIC(17, 2) NOT NULL CHECK (amount > 0),
    currency     VARCHAR(3)     NOT NULL,
    value_date   DATE           NOT NULL,
    reference    VARCHAR(200),
    received_at  TIMESTAMPTZ    NOT NULL,
    applied_at   TIMESTAMPTZ
);
CREATE INDEX repayment_loan ON repayment (loan_id, value_date, repayment_id);

-- Latest rating PD per borrower (rating.assigned.v1), used for ECL.
CREATE TABLE customer_pd (
    customer_id UUID PRIMARY KEY,
    rating_id   UUID           NOT NULL,
    grade       VARCHAR(10)    NOT NULL,
    pd          NUMERIC(11, 8) NOT NULL,
    rated_on    DATE           NOT NULL,
    updated_at  TIMESTAMPTZ    NOT NULL
);

-- One end-of-day run per business date; RUNNING until every active loan has its loan_day row.
CREATE TABLE daily_run (
    id                    UUID PRIMARY KEY,
    business_date         DATE           NOT NULL UNIQUE,
    status                VARCHAR(10)    NOT NULL,
    started_at            TIMESTAMPTZ    NOT NULL,
    started_by            VARCHAR(100)   NOT NULL,
    completed_at          TIMESTAMPTZ,
    loans_assessed        INTEGER,
    normal_count          INTEGER,
    special_mention_count INTEGER,
    substandard_count     INTEGER,
    doubtful_count        INTEGER,
    loss_count            INTEGER,
    stage1_count          INTEGER,
    stage2_count          INTEGER,
    stage3_count          INTEGER,
    total_outstanding     NUMERIC(19, 2),
    total_ecl             NUMERIC(19, 2),
    classified_events     INTEGER,
    warning_events        INTEGER,
    default_events        INTEGER,
    version               BIGINT         NOT NULL
);

-- A loan's assessment on one business date: the per-loan progress record of a run (its presence means the loan
-- is done for that date, events included) and the history behind classification and ECL.
CREATE TABLE loan_day (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    loan_id                UUID           NOT NULL REFERENCES loan (id),
    business_date          DATE           NOT NULL,
    days_past_due          INTEGER        NOT NULL,
    category               VARCHAR(20)    NOT NULL,
    stage                  INTEGER        NOT NULL,
    outstanding_principal  NUMERIC(17, 2) NOT NULL,
    overdue_principal      NUMERIC(17, 2) NOT NULL,
    overdue_interest       NUMERIC(17, 2) NOT NULL,
    ead                    NUMERIC(17, 2) NOT NULL,
    pd                     NUMERIC(11, 8) NOT NULL,
    lgd                    NUMERIC(11, 8) NOT NULL,
    ecl                    NUMERIC(17, 2) NOT NULL,
    classification_changed BOOLEAN        NOT NULL,
    warnings_raised        INTEGER        NOT NULL,
    defaulted              BOOLEAN        NOT NULL,
    recorded_at            TIMESTAMPTZ    NOT NULL,
    UNIQUE (loan_id, business_date)
);
CREATE INDEX loan_day_date ON loan_day (business_date);
