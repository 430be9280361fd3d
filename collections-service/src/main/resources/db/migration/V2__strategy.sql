-- What the officer entered for the strategy valuation of a case: collateral, guarantees, restructuring terms and
-- an AMC quote (origination does not publish credit support yet). A JSON document of StrategyInputsRequest.
CREATE TABLE strategy_inputs (
    case_id    UUID PRIMARY KEY REFERENCES collection_case (id),
    inputs     TEXT         NOT NULL,
    entered_by VARCHAR(100) NOT NULL,
    entered_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL
);

-- A disposal strategy chosen for a case, with the valuation it was chosen on. A choice expected to recover less
-- than the recommendation waits for a second approver; at most one such choice per case waits at a time.
CREATE TABLE strategy_choice (
    id                   UUID PRIMARY KEY,
    case_id              UUID           NOT NULL REFERENCES collection_case (id),
    strategy             VARCHAR(30)    NOT NULL,
    status               VARCHAR(20)    NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'CHOSEN', 'REJECTED')),
    expected_npv         NUMERIC(17, 2) NOT NULL,
    recommended_strategy VARCHAR(30)    NOT NULL,
    recommended_npv      NUMERIC(17, 2) NOT NULL,
    exposure             NUMERIC(17, 2) NOT NULL CHECK (exposure > 0),
    discount_rate        NUMERIC(9, 6)  NOT NULL,
    reason               VARCHAR(1000),
    valuation            TEXT           NOT NULL,
    chosen_by            VARCHAR(100)   NOT NULL,
    chosen_at            TIMESTAMPTZ    NOT NULL,
    decided_by           VARCHAR(100),
    decided_at           TIMESTAMPTZ,
    decision_comment     VARCHAR(1000),
    effective_on         DATE,
    version              BIGINT         NOT NULL,
    CONSTRAINT strategy_choice_below_recommendation_has_reason
        CHECK (expected_npv >= recommended_npv OR reason IS NOT NULL),
    CONSTRAINT strategy_choice_four_eyes CHECK (decided_by IS NULL OR decided_by <> chosen_by)
);
CREATE INDEX strategy_choice_case ON strategy_choice (case_id, chosen_at);
CREATE UNIQUE INDEX strategy_choice_one_pending ON strategy_choice (case_id) WHERE status = 'PENDING_APPROVAL';

-- Proposals that need a second approver before they take effect: restructuring (new rate and term on the exposure
-- still owed) and write-off. At most one pending proposal of each kind per case.
CREATE TABLE case_proposal (
    id               UUID PRIMARY KEY,
    case_id          UUID           NOT NULL REFERENCES collection_case (id),
    kind             VARCHAR(20)    NOT NULL CHECK (kind IN ('RESTRUCTURING', 'WRITE_OFF')),
    status           VARCHAR(20)    NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'APPROVED', 'REJECTED')),
    annual_rate      NUMERIC(9, 6),
    term_months      INTEGER CHECK (term_months > 0),
    principal        NUMERIC(17, 2),
    monthly_payment  NUMERIC(17, 2),
    first_due_date   DATE,
    reason           VARCHAR(1000)  NOT NULL,
    proposed_by      VARCHAR(100)   NOT NULL,
    proposed_at      TIMESTAMPTZ    NOT NULL,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMPTZ,
    decided_on       DATE,
    decision_comment VARCHAR(1000),
    version          BIGINT         NOT NULL,
    CONSTRAINT case_proposal_restructuring_has_terms
        CHECK (kind <> 'RESTRUCTURING' OR (annual_rate IS NOT NULL AND term_months IS NOT NULL)),
    CONSTRAINT case_proposal_four_eyes CHECK (decided_by IS NULL OR decided_by <> proposed_by)
);
CREATE INDEX case_proposal_case ON case_proposal (case_id, proposed_at);
CREATE UNIQUE INDEX case_proposal_one_pending ON case_proposal (case_id, kind) WHERE status = 'PENDING_APPROVAL';
