-- A loan's first default date, kept by the daily run (set once, never moved by a later episode): the vintage curves
-- count a cured loan from its first default, and loan_day, keyed by (business_date, loan_id), has no index by loan.
ALTER TABLE loan ADD COLUMN first_defaulted_on DATE;

UPDATE loan l
SET first_defaulted_on = COALESCE((SELECT min(d.business_date) FROM loan_day d WHERE d.loan_id = l.id AND d.defaulted),
                                  l.defaulted_on)
WHERE l.defaulted_on IS NOT NULL;
