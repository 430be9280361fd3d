-- Overrides: an analyst proposes a notch change of a rating, a risk manager (not the proposer) decides.
CREATE TABLE rating_override (
    id                 UUID PRIMARY KEY,
    customer_id        UUID         NOT NULL,
    rating_id          UUID         NOT NULL REFERENCES rating (id),
    -- grades better (+) or worse (-) than the rating's grade
    notches            INTEGER      NOT NULL CHECK (notches BETWEEN -3 AND 3 AND notches <> 0),
    reason             VARCHAR(40)  NOT NULL,
    comment            VARCHAR(2000) NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    proposed_by        VARCHAR(100) NOT NULL,
    proposed_at        TIMESTAMPTZ  NOT NULL,
    decided_by         VARCHAR(100),
    decided_at         TIMESTAMPTZ,
    decision_comment   VARCHAR(2000),
    resulting_rating_id UUID REFERENCES rating (id),
    CHECK (decided_by IS NULL OR decided_by <> proposed_by)
);
CREATE INDEX rating_override_proposer ON rating_override (proposed_by);
CREATE INDEX rating_override_customer ON rating_override (customer_id);
-- an override may move the grade above the model grade: notches from the model grade may now be negative
ALTER TABLE rating DROP CONSTRAINT rating_downgrade_notches_check;
ALTER TABLE rating ADD CONSTRAINT rating_notches_within_scale CHECK (downgrade_notches BETWEEN -20 AND 20);
