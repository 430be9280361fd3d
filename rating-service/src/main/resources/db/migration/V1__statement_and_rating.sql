-- The rating service's copy of filed statements (from customer.statement-filed.v1), for re-rating.
CREATE TABLE financial_statement (
    id                  UUID PRIMARY KEY,
    customer_id         UUID           NOT NULL,
    period_end          DATE           NOT NULL,
    version             INTEGER        NOT NULL CHECK (version >= 1),
    audited             BOOLEAN        NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    total_assets        NUMERIC(17, 2) NOT NULL CHECK (total_assets >= 0),
    total_liabilities   NUMERIC(17, 2) NOT NULL CHECK (total_liabilities >= 0),
    total_equity        NUMERIC(17, 2) NOT NULL,
    current_assets      NUMERIC(17, 2) NOT NULL CHECK (current_assets >= 0),
    current_liabilities NUMERIC(17, 2) NOT NULL CHECK (current_liabilities >= 0),
    revenue             NUMERIC(17, 2) NOT NULL CHECK (revenue >= 0),
    operating_profit    NUMERIC(17, 2) NOT NULL,
    net_profit          NUMERIC(17, 2) NOT NULL,
    interest_expense    NUMERIC(17, 2) NOT NULL CHECK (interest_expense >= 0),
    operating_cash_flow NUMERIC(17, 2) NOT NULL,
    source_event_id     UUID           NOT NULL,
    received_at         TIMESTAMPTZ    NOT NULL
);
-- the current statement of a customer: latest period, highest version
CREATE INDEX financial_statement_current ON financial_statement (customer_id, period_end DESC, version DESC);

-- Rating history: one row per rating, newest is current.
CREATE TABLE rating (
    id                UUID PRIMARY KEY,
    customer_id       UUID         NOT NULL,
    score             INTEGER      NOT NULL CHECK (score BETWEEN 0 AND 100),
    model_grade       VARCHAR(4)   NOT NULL,
    downgrade_notches INTEGER      NOT NULL CHECK (downgrade_notches >= 0),
    grade             VARCHAR(4)   NOT NULL,
    -- one-year PD, decimal; Basel II para. 285 floor of 0.03 %
    pd                NUMERIC(7, 6) NOT NULL CHECK (pd >= 0.0003 AND pd <= 1),
    model_version     VARCHAR(50)  NOT NULL,
    rating_trigger    VARCHAR(30)  NOT NULL,
    cause_id          UUID,
    statement_id      UUID REFERENCES financial_statement (id),
    -- JSON array of {factor, value, points, maxPoints}, most adverse first
    drivers           VARCHAR      NOT NULL,
    rated_on          DATE         NOT NULL,
    rated_at          TIMESTAMPTZ  NOT NULL,
    rated_by          VARCHAR(100) NOT NULL
);
CREATE INDEX rating_history ON rating (customer_id, rated_at DESC);

-- history is never rewritten: no update or delete, whoever connects
CREATE FUNCTION rating_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rating history is append-only';
END;
$$;
CREATE TRIGGER rating_no_change BEFORE UPDATE OR DELETE ON rating
    FOR EACH ROW EXECUTE FUNCTION rating_append_only();
