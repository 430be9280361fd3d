-- A borrower's block for new credit lasts while ANY of its loans is non-performing (in default, or classified
-- substandard or worse: CBIRC/PBOC Order [2023] No. 1), not only until the loan that set the block's latest reason
-- is cured. One row per loan that monitoring reported on (monitoring.loan-classified / loan-defaulted /
-- loan-restored).
CREATE TABLE loan_credit_state (
    loan_id         UUID PRIMARY KEY,
    customer_id     UUID         NOT NULL,
    -- latest five-category class reported for the loan; null while only a default is known
    category        VARCHAR(20)  CHECK (category IN ('NORMAL', 'SPECIAL_MENTION', 'SUBSTANDARD', 'DOUBTFUL', 'LOSS')),
    -- in default or classified substandard or worse, until monitoring reports it restored to a performing class
    non_performing  BOOLEAN      NOT NULL,
    -- business date of the current (or last) default episode and of its cure
    defaulted_on    DATE,
    restored_on     DATE,
    reason          VARCHAR(500) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX loan_credit_state_customer ON loan_credit_state (customer_id) WHERE non_performing OR
    category = 'SPECIAL_MENTION';

-- Existing blocks and watches: the loan each one names is the only one known to be non-performing / special mention.
INSERT INTO loan_credit_state (loan_id, customer_id, category, non_performing, reason, updated_at)
    SELECT loan_id, customer_id, NULL, TRUE, reason, last_event_at FROM credit_block;
INSERT INTO loan_credit_state (loan_id, customer_id, category, non_performing, reason, updated_at)
    SELECT loan_id, customer_id, 'SPECIAL_MENTION', FALSE, reason, now() FROM credit_watch
    ON CONFLICT (loan_id) DO NOTHING;
