CREATE TABLE customer (
    id                   UUID PRIMARY KEY,
    uscc                 VARCHAR(18)  NOT NULL UNIQUE,
    legal_name           VARCHAR(200) NOT NULL,
    industry_code        VARCHAR(5)   NOT NULL,
    region_code          VARCHAR(6)      NOT NULL,
    employees            INTEGER CHECK (employees >= 0),
    established_on       DATE,
    relationship_manager VARCHAR(100),
    registered_at        TIMESTAMPTZ  NOT NULL,
    registered_by        VARCHAR(100) NOT NULL,
    version              BIGINT       NOT NULL
);

CREATE TABLE financial_statement (
    id                  UUID PRIMARY KEY,
    customer_id         UUID          NOT NULL REFERENCES customer (id),
    period_end          DATE          NOT NULL,
    version             INTEGER       NOT NULL,
    audited             BOOLEAN       NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    total_assets        NUMERIC(17, 2) NOT NULL,
    total_liabilities   NUMERIC(17, 2) NOT NULL,
    total_equity        NUMERIC(17, 2) NOT NULL,
    current_assets      NUMERIC(17, 2) NOT NULL,
    current_liabilities NUMERIC(17, 2) NOT NULL,
    revenue             NUMERIC(17, 2) NOT NULL,
    operating_profit    NUMERIC(17, 2) NOT NULL,
    net_profit          NUMERIC(17, 2) NOT NULL,
    interest_expense    NUMERIC(17, 2) NOT NULL,
    operating_cash_flow NUMERIC(17, 2) NOT NULL,
    filed_at            TIMESTAMPTZ   NOT NULL,
    filed_by            VARCHAR(100)  NOT NULL,
    UNIQUE (customer_id, period_end, version)
);
