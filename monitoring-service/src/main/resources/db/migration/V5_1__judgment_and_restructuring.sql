-- Classification beyond the overdue floors (CBIRC/PBOC Order [2023] No. 1):
--  * a risk manager's judgment, which can only make a loan worse than its floors, never better, with a reason;
--  * restructured assets (Arts. 17-21) and their observation period, which floors the class while it runs.
-- The daily run reads both (DailyRunSql) and keeps the observation period moving (restart on non-performance, end).

ALTER TABLE loan ADD COLUMN judgment_category VARCHAR(20)
    CHECK (judgment_category IN ('SPECIAL_MENTION', 'SUBSTANDARD', 'DOUBTFUL', 'LOSS'));
ALTER TABLE loan ADD COLUMN judgment_reason VARCHAR(2000);
ALTER TABLE loan ADD COLUMN judgment_by VARCHAR(100);
ALTER TABLE loan ADD COLUMN judgment_at TIMESTAMPTZ;
ALTER TABLE loan ADD CONSTRAINT loan_judgment_complete
    CHECK ((judgment_category IS NULL) = (judgment_reason IS NULL) AND (judgment_category IS NULL) = (judgment_by IS NULL));

-- the latest restructuring of the loan (collections.loan-restructured.v1)
ALTER TABLE loan ADD COLUMN restructured_on DATE;
ALTER TABLE loan ADD COLUMN restructuring_case_id UUID;
-- the class before the restructuring: normal / special mention -> at least special mention during observation;
-- non-performing -> no upgrade during observation
ALTER TABLE loan ADD COLUMN pre_restructuring_category VARCHAR(20);
-- observation period: starts at the first repayment date after the modification (restarted on non-performance),
-- runs at least observation_months (>= 12: not less than 1 year) and two repayment periods; ended when the first run
-- on or after observation_until finds nothing overdue
ALTER TABLE loan ADD COLUMN observation_start DATE;
ALTER TABLE loan ADD COLUMN observation_until DATE;
ALTER TABLE loan ADD COLUMN observation_months INTEGER CHECK (observation_months >= 12);
ALTER TABLE loan ADD COLUMN observation_ended_on DATE;
