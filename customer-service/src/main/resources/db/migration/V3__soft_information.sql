-- Issue 3: soft information items, dated and sourced; never updated (a correction is a new item).
CREATE TABLE soft_information (
    id               UUID PRIMARY KEY,
    customer_id      UUID          NOT NULL REFERENCES customer (id),
    kind             VARCHAR(40)   NOT NULL,
    observed_on      DATE          NOT NULL,
    source           VARCHAR(200)  NOT NULL,
    source_reference VARCHAR(200),
    assessment       VARCHAR(10)   NOT NULL,
    amount           NUMERIC(17, 2),
    attributes       TEXT,
    summary          VARCHAR(2000) NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL
);
CREATE INDEX soft_information_customer_idx ON soft_information (customer_id, observed_on DESC);
