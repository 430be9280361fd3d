-- The business date of the run that found a defaulted loan current again (monitoring.loan-restored.v1). A default
-- episode is open while defaulted_on is set and restored_on is null or earlier; a loan that defaults again after a
-- cure opens a new episode (defaulted_on moves).
ALTER TABLE loan ADD COLUMN restored_on DATE;
