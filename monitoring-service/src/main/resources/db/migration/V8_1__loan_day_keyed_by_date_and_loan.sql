-- loan_day keyed by what it is: one row per (business date, loan). The daily run inserts a whole date's rows in loan
-- id order, so with the date leading the key every insert lands at the right edge of the one index, and the
-- portfolio reads a date's rows as one range of it. Before, three indexes: the identity key (no reader), the unique
-- (loan_id, business_date) whose every leaf page each run dirtied (a year of history is 365 rows per loan,
-- interleaved) and a separate business_date index. The run's NOT EXISTS / ON CONFLICT and the portfolio use the
-- new key; a loan's latest row is found through the run dates (daily_run), one key probe per run.
ALTER TABLE loan_day DROP CONSTRAINT loan_day_pkey;
ALTER TABLE loan_day DROP CONSTRAINT loan_day_loan_id_business_date_key;
DROP INDEX loan_day_date;
ALTER TABLE loan_day DROP COLUMN id;
ALTER TABLE loan_day ADD CONSTRAINT loan_day_pkey PRIMARY KEY (business_date, loan_id);
