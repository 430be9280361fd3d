-- Actions a collector takes on a case: contacts, promises to pay, legal steps, collateral auctions and guarantor
-- demands. One table, one row per action, with the kind-specific columns nullable; each kind has its own statuses
-- (CaseAction guards the transitions). Money recovered through an auction or a guarantor demand is booked as a
-- recovery (recovery_id) so that recovered to date, realized LGD and the events stay one path.
CREATE TABLE case_action (
    id                      UUID PRIMARY KEY,
    case_id                 UUID           NOT NULL REFERENCES collection_case (id),
    kind                    VARCHAR(30)    NOT NULL CHECK (kind IN ('CONTACT', 'PROMISE_TO_PAY', 'LEGAL_STEP',
                                                                    'COLLATERAL_AUCTION', 'GUARANTOR_DEMAND')),
    status                  VARCHAR(20)    NOT NULL,
    occurred_on             DATE           NOT NULL,
    due_date                DATE,
    amount                  NUMERIC(17, 2) CHECK (amount > 0),
    currency                VARCHAR(3)     NOT NULL,
    channel                 VARCHAR(20),
    legal_step              VARCHAR(40),
    collateral_type         VARCHAR(20),
    counterpart             VARCHAR(200),
    reference               VARCHAR(200),
    note                    VARCHAR(1000),
    realized_amount         NUMERIC(17, 2) CHECK (realized_amount >= 0),
    costs                   NUMERIC(17, 2) NOT NULL CHECK (costs >= 0),
    recovery_id             UUID REFERENCES recovery (id),
    outcome_on              DATE,
    outcome_note            VARCHAR(1000),
    outcome_by              VARCHAR(100),
    outcome_at              TIMESTAMPTZ,
    recorded_by             VARCHAR(100)   NOT NULL,
    recorded_at             TIMESTAMPTZ    NOT NULL,
    idempotency_key         VARCHAR(100),
    request_fingerprint     VARCHAR(64),
    outcome_idempotency_key VARCHAR(100),
    version                 BIGINT         NOT NULL,
    CONSTRAINT case_action_idempotency UNIQUE (case_id, idempotency_key),
    CONSTRAINT case_action_promise_terms
        CHECK (kind <> 'PROMISE_TO_PAY' OR (amount IS NOT NULL AND due_date IS NOT NULL AND due_date >= occurred_on))
);
CREATE INDEX case_action_case ON case_action (case_id, recorded_at);
CREATE INDEX case_action_open_promises ON case_action (due_date) WHERE kind = 'PROMISE_TO_PAY' AND status = 'OPEN';

-- Recoveries may now come from a collateral auction or a guarantor's payment (booked through their action).
ALTER TABLE recovery DROP CONSTRAINT recovery_source_check;
ALTER TABLE recovery ADD CONSTRAINT recovery_source_check
    CHECK (source IN ('COREBANKING', 'MANUAL', 'COLLATERAL_AUCTION', 'GUARANTOR'));
