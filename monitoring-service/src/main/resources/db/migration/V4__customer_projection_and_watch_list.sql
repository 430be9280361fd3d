-- Shared ground for the monitoring work that follows: the borrower attributes monitoring reports by (from
-- customer-service's customer.registered / customer.profile-updated events) and the watch list that signals feed and
-- that moves a borrower's loans to IFRS 9 stage 2 (IFRS 9 §5.5.3, significant increase in credit risk).

CREATE TABLE customer_profile (
    customer_id   UUID PRIMARY KEY,
    legal_name    VARCHAR(200),
    industry_code VARCHAR(20),
    region_code   VARCHAR(20),
    -- SME size class per the 2011 classification (MICRO, SMALL, MEDIUM, LARGE), null until customer-service knows it
    size_class    VARCHAR(20),
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL
);
CREATE INDEX customer_profile_industry ON customer_profile (industry_code);

-- one row per time a borrower was put on the watch list; at most one ACTIVE row per borrower
CREATE TABLE watch_list_entry (
    id          UUID PRIMARY KEY,
    customer_id UUID         NOT NULL,
    status      VARCHAR(10)  NOT NULL CHECK (status IN ('ACTIVE', 'REMOVED')),
    reason      TEXT         NOT NULL,
    owner       VARCHAR(100),
    review_on   DATE,
    added_on    DATE         NOT NULL,
    added_by    VARCHAR(100) NOT NULL,
    removed_on  DATE,
    removed_by  VARCHAR(100),
    version     BIGINT       NOT NULL
);
CREATE UNIQUE INDEX watch_list_one_active ON watch_list_entry (customer_id) WHERE status = 'ACTIVE';
