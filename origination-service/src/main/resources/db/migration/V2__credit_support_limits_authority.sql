-- Issue 5: credit support, limits, authority matrix with two-approver committee, knock-outs, products with
-- versions and repayment types, capital charge in the price.

ALTER TABLE loan_application
    ADD COLUMN product_version    INTEGER,
    ADD COLUMN repayment_type     VARCHAR(30),
    -- who must approve (AUTOMATIC, BRANCH, HEAD_OFFICE_COMMITTEE) and how many distinct people
    ADD COLUMN authority_level    VARCHAR(30),
    ADD COLUMN required_approvals INTEGER,
    -- credit support outcome (F-IRB): secured amount and share, LGD is the existing lgd column
    ADD COLUMN secured_amount     NUMERIC(17, 2),
    ADD COLUMN secured_share      NUMERIC(12, 8),
    -- capital charge of the price: RW x capital ratio x hurdle
    ADD COLUMN risk_weight        NUMERIC(12, 8),
    ADD COLUMN sales_eur_million  NUMERIC(14, 4),
    ADD COLUMN capital_ratio      NUMERIC(12, 8),
    ADD COLUMN hurdle_rate        NUMERIC(12, 8),
    ADD COLUMN capital_charge     NUMERIC(20, 16),
    ADD COLUMN withdrawn_by       VARCHAR(100);
CREATE INDEX loan_application_referred ON loan_application (customer_id) WHERE status = 'REFERRED';

-- The credit support offered with an application, as assessed at decision time.
CREATE TABLE credit_support (
    id                    UUID PRIMARY KEY,
    application_id        UUID           NOT NULL REFERENCES loan_application (id),
    position              INTEGER        NOT NULL,
    support_type          VARCHAR(40)    NOT NULL,
    valuation             NUMERIC(17, 2) NOT NULL CHECK (valuation > 0),
    valuation_date        DATE           NOT NULL,
    haircut               NUMERIC(6, 4)  NOT NULL CHECK (haircut >= 0 AND haircut < 1),
    guarantor_customer_id UUID,
    description           VARCHAR(500),
    recognised_value      NUMERIC(17, 2),
    in_guarantee_circle   BOOLEAN        NOT NULL DEFAULT FALSE,
    note                  VARCHAR(500),
    UNIQUE (application_id, position)
);

-- Each person's approval of a referred application; a committee case needs two distinct approvers.
CREATE TABLE application_approval (
    id             UUID PRIMARY KEY,
    application_id UUID          NOT NULL REFERENCES loan_application (id),
    approver       VARCHAR(100)  NOT NULL,
    comment        VARCHAR(2000) NOT NULL,
    approved_at    TIMESTAMPTZ   NOT NULL,
    UNIQUE (application_id, approver)
);

-- Latest financial statement per customer (customer.statement-filed.v1): expiry knock-out, SME sales.
CREATE TABLE borrower_statement (
    customer_id  UUID PRIMARY KEY,
    statement_id UUID           NOT NULL,
    period_end   DATE           NOT NULL,
    version      INTEGER        NOT NULL,
    revenue      NUMERIC(19, 2) NOT NULL,
    received_at  TIMESTAMPTZ    NOT NULL
);

-- Sanctions screening flag, set by the screening system or a risk manager.
CREATE TABLE sanctions_flag (
    customer_id UUID PRIMARY KEY,
    flagged     BOOLEAN      NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    set_by      VARCHAR(100) NOT NULL,
    set_at      TIMESTAMPTZ  NOT NULL
);

-- Special mention watch (monitoring.loan-classified.v1 SPECIAL_MENTION): no new credit unless overridden.
CREATE TABLE credit_watch (
    customer_id      UUID PRIMARY KEY,
    loan_id          UUID          NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    watched_since    DATE          NOT NULL,
    overridden_by    VARCHAR(100),
    overridden_at    TIMESTAMPTZ,
    override_comment VARCHAR(2000)
);

-- Guarantee links and circles (customer.guarantee-linked.v1).
CREATE TABLE guarantee_link (
    link_id               UUID PRIMARY KEY,
    guarantor_customer_id UUID           NOT NULL,
    customer_id           UUID           NOT NULL,
    amount                NUMERIC(17, 2) NOT NULL,
    valid_from            DATE           NOT NULL,
    valid_to              DATE
);
CREATE INDEX guarantee_link_borrower ON guarantee_link (customer_id);
CREATE INDEX guarantee_link_guarantor ON guarantee_link (guarantor_customer_id);

-- Every member of a circle carries the circle's key of the latest event that described it (circles only grow).
CREATE TABLE guarantee_circle_member (
    customer_id UUID PRIMARY KEY,
    circle_key  UUID        NOT NULL,
    has_cycle   BOOLEAN     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX guarantee_circle_member_circle ON guarantee_circle_member (circle_key);

ALTER TABLE loan
    ADD COLUMN repayment_type VARCHAR(30),
    ADD COLUMN secured_share  NUMERIC(12, 8);
