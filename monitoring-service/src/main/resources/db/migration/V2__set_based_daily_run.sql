-- Set-based daily run. Repayments fill a loan's installments in due order (due date, number), interest before
-- principal, so with P the money valued by a date and due_before the amount due on the installments ahead of this
-- one, the installment's interest paid is clamp(P - due_before, 0, interest_due) and its principal paid
-- clamp(P - due_before - interest_due, 0, principal_due). Storing due_before lets one SQL statement age a whole
-- chunk of loans without replaying repayments one by one in Java.
ALTER TABLE installment ADD COLUMN due_before NUMERIC(19, 2);

UPDATE installment i
SET due_before = w.due_before
FROM (SELECT id,
             COALESCE(sum(interest_due + principal_due)
                      OVER (PARTITION BY loan_id ORDER BY due_date, number
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS due_before
      FROM installment) w
WHERE w.id = i.id;

ALTER TABLE installment ALTER COLUMN due_before SET NOT NULL;
ALTER TABLE installment ADD CONSTRAINT installment_due_before_non_negative CHECK (due_before >= 0);

-- The daily run rewrites every active loan's assessment columns each day: free space on the pages lets PostgreSQL
-- update them in place (HOT) without touching the indexes.
ALTER TABLE loan SET (fillfactor = 80);

-- loan_day rows are written only by the daily run, from the loan table itself in the same statement, and loans are
-- never deleted: the foreign key's per-row check (a key-share lock on the loan the same statement just updated)
-- doubled the cost of a run without protecting anything.
ALTER TABLE loan_day DROP CONSTRAINT loan_day_loan_id_fkey;
