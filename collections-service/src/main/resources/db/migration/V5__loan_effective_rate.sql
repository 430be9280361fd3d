-- The loan's contractual annual rate (origination.loan-disbursed.v1): the rate the realized LGD is discounted at.
-- Null for loans recorded before this column; the discounted LGD then falls back to the strategy discount rate.
ALTER TABLE loan ADD COLUMN annual_rate NUMERIC(9, 6);
