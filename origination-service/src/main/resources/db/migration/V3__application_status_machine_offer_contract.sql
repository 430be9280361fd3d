-- Issue 5: the full application status machine (DRAFT → SUBMITTED → AWAITING_RATING → UNDER_REVIEW →
-- APPROVED / REJECTED / REFERRED / WITHDRAWN → CONTRACTED → DISBURSED). Approval now makes an offer with an
-- expiry and a price version; the borrower's acceptance contracts the loan; a separate disbursement pays it out.

-- Drafts: created by someone, submitted later (submitted_by / submitted_at null while a DRAFT).
ALTER TABLE loan_application
    ADD COLUMN created_by             VARCHAR(100),
    ADD COLUMN created_at             TIMESTAMPTZ,
    ADD COLUMN price_version          INTEGER,
    ADD COLUMN offer_expires_on       DATE,
    ADD COLUMN accepted_by            VARCHAR(100),
    ADD COLUMN accepted_at            TIMESTAMPTZ,
    ADD COLUMN accepted_price_version INTEGER,
    ADD COLUMN review_round           INTEGER NOT NULL DEFAULT 1;

-- Existing rows: every application so far was created and submitted in one step.
UPDATE loan_application SET created_by = submitted_by, created_at = submitted_at;
-- The old flow booked and disbursed in the approving transaction, so an APPROVED row with a loan is DISBURSED; a
-- priced application had exactly one price.
UPDATE loan_application SET status = 'DISBURSED' WHERE status = 'APPROVED' AND loan_id IS NOT NULL;
UPDATE loan_application SET price_version = 1 WHERE annual_rate IS NOT NULL;
-- Loans booked before this migration had no acceptance step: accepted_* stay null for them (nothing invented).
-- An APPROVED row without a loan (none expected): an open offer for 30 days from its submission.
UPDATE loan_application SET offer_expires_on = CAST(submitted_at AS DATE) + 30
    WHERE status = 'APPROVED' AND loan_id IS NULL;

ALTER TABLE loan_application
    ALTER COLUMN created_by SET NOT NULL,
    ALTER COLUMN created_at SET NOT NULL,
    ALTER COLUMN submitted_by DROP NOT NULL,
    ALTER COLUMN submitted_at DROP NOT NULL,
    ADD CONSTRAINT loan_application_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'AWAITING_RATING',
        'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'REFERRED', 'WITHDRAWN', 'CONTRACTED', 'DISBURSED')),
    ADD CONSTRAINT loan_application_submitted CHECK (status = 'DRAFT' OR (submitted_by IS NOT NULL
        AND submitted_at IS NOT NULL));
CREATE INDEX loan_application_open_offer ON loan_application (customer_id) WHERE status = 'APPROVED';

-- Approvals belong to a review round: a re-referral after a knock-out on re-pricing starts a new one.
ALTER TABLE application_approval ADD COLUMN review_round INTEGER NOT NULL DEFAULT 1;

-- A loan is CONTRACTED on acceptance (terms and a provisional schedule from the contract date) and DISBURSED when
-- paid out: the schedule is then rebuilt from the value date, since interest runs from disbursement.
ALTER TABLE loan
    ADD COLUMN status               VARCHAR(20),
    ADD COLUMN contracted_on        DATE,
    ADD COLUMN latest_drawdown_date DATE,
    ADD COLUMN disbursed_at         TIMESTAMPTZ,
    ADD COLUMN disbursed_by         VARCHAR(100);
UPDATE loan SET status = 'DISBURSED', contracted_on = disbursed_on, latest_drawdown_date = disbursed_on,
    disbursed_at = booked_at, disbursed_by = booked_by;
ALTER TABLE loan
    ALTER COLUMN status SET NOT NULL,
    ALTER COLUMN contracted_on SET NOT NULL,
    ALTER COLUMN latest_drawdown_date SET NOT NULL,
    ALTER COLUMN disbursed_on DROP NOT NULL,
    ADD CONSTRAINT loan_status CHECK (status IN ('CONTRACTED', 'DISBURSED')),
    ADD CONSTRAINT loan_disbursed CHECK (status = 'CONTRACTED' OR disbursed_on IS NOT NULL);
