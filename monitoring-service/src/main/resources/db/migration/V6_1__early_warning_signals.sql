-- Early-warning signals with status (issue 6), the customer-service projections they are judged on (statements,
-- guarantee links and circles), covenants per loan, industry alerts, and the watch list they feed.

ALTER TABLE customer_profile ADD COLUMN relationship_manager VARCHAR(100);

-- one row per early-warning signal on a loan; OPEN -> ACKNOWLEDGED -> RESOLVED
CREATE TABLE early_warning_signal (
    id                  UUID PRIMARY KEY,
    loan_id             UUID          NOT NULL,
    customer_id         UUID          NOT NULL,
    signal_type         VARCHAR(40)   NOT NULL,
    severity            VARCHAR(10)   NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    evidence            TEXT          NOT NULL,
    -- the figure measured and the limit it broke (covenants, revenue fall), when the signal has them
    measured            NUMERIC(24, 6),
    threshold           NUMERIC(24, 6),
    raised_on           DATE          NOT NULL,
    raised_at           TIMESTAMPTZ   NOT NULL,
    status              VARCHAR(12)   NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    -- what raised it (type, cause, loan): a redelivered event or a repeated run raises nothing twice
    dedup_key           VARCHAR(300)  NOT NULL,
    -- the watch-list entry this signal put the borrower on (or joined), null when it did not feed the watch list
    watch_list_entry_id UUID,
    acknowledged_at     TIMESTAMPTZ,
    acknowledged_by     VARCHAR(100),
    acknowledgement_note TEXT,
    resolved_at         TIMESTAMPTZ,
    resolved_by         VARCHAR(100),
    resolution_note     TEXT,
    version             BIGINT        NOT NULL
);
CREATE UNIQUE INDEX early_warning_signal_dedup ON early_warning_signal (dedup_key);
CREATE INDEX early_warning_signal_customer ON early_warning_signal (customer_id, raised_on);
CREATE INDEX early_warning_signal_loan ON early_warning_signal (loan_id, raised_on);
CREATE INDEX early_warning_signal_open ON early_warning_signal (status) WHERE status <> 'RESOLVED';
CREATE INDEX early_warning_signal_unwatched ON early_warning_signal (raised_on)
    WHERE watch_list_entry_id IS NULL AND severity IN ('HIGH', 'CRITICAL');

-- the open default episodes contagion starts from after each run
CREATE INDEX loan_defaulted ON loan (customer_id) WHERE defaulted_on IS NOT NULL;

ALTER TABLE watch_list_entry ADD COLUMN removal_reason TEXT;
ALTER TABLE watch_list_entry ADD COLUMN updated_at TIMESTAMPTZ;
CREATE INDEX watch_list_review ON watch_list_entry (review_on) WHERE status = 'ACTIVE';

-- financial statements from customer.statement-filed (a restatement is a higher version of the same period)
CREATE TABLE financial_statement (
    statement_id        UUID PRIMARY KEY,
    customer_id         UUID          NOT NULL,
    period_end          DATE          NOT NULL,
    version             INT           NOT NULL,
    audited             BOOLEAN       NOT NULL,
    currency            VARCHAR(3)    NOT NULL,
    total_assets        NUMERIC(20, 2),
    total_liabilities   NUMERIC(20, 2),
    total_equity        NUMERIC(20, 2),
    current_assets      NUMERIC(20, 2),
    current_liabilities NUMERIC(20, 2),
    revenue             NUMERIC(20, 2),
    operating_profit    NUMERIC(20, 2),
    net_profit          NUMERIC(20, 2),
    interest_expense    NUMERIC(20, 2),
    operating_cash_flow NUMERIC(20, 2),
    received_at         TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX financial_statement_period_version ON financial_statement (customer_id, period_end, version);

-- guarantee links from customer.guarantee-linked: the guarantor guarantees the borrower's (customer_id's) debt
CREATE TABLE guarantee_link (
    link_id               UUID PRIMARY KEY,
    guarantor_customer_id UUID          NOT NULL,
    customer_id           UUID          NOT NULL,
    amount                NUMERIC(20, 2) NOT NULL,
    valid_from            DATE,
    valid_to              DATE,
    received_at           TIMESTAMPTZ   NOT NULL
);
CREATE INDEX guarantee_link_guarantor ON guarantee_link (guarantor_customer_id);
CREATE INDEX guarantee_link_borrower ON guarantee_link (customer_id);

-- guarantee circle membership: circles only grow by links, so circles named by two events merge into one id
CREATE TABLE guarantee_circle_member (
    customer_id UUID PRIMARY KEY,
    circle_id   UUID        NOT NULL,
    has_cycle   BOOLEAN     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX guarantee_circle_member_circle ON guarantee_circle_member (circle_id);

-- financial covenants of a loan, tested on each statement the borrower files
CREATE TABLE loan_covenant (
    loan_id     UUID           NOT NULL,
    kind        VARCHAR(30)    NOT NULL,
    limit_value NUMERIC(24, 6) NOT NULL,
    set_at      TIMESTAMPTZ    NOT NULL,
    set_by      VARCHAR(100)   NOT NULL,
    PRIMARY KEY (loan_id, kind)
);

-- industry alerts raised by risk managers; OPEN -> CLOSED
CREATE TABLE industry_alert (
    id            UUID PRIMARY KEY,
    industry_code VARCHAR(20)  NOT NULL,
    severity      VARCHAR(10)  NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    reason        TEXT         NOT NULL,
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    raised_on     DATE         NOT NULL,
    raised_by     VARCHAR(100) NOT NULL,
    closed_on     DATE,
    closed_by     VARCHAR(100),
    close_note    TEXT,
    version       BIGINT       NOT NULL
);
CREATE INDEX industry_alert_open ON industry_alert (industry_code) WHERE status = 'OPEN';
