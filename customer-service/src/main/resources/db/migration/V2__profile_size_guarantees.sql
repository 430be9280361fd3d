-- Issue 3: identity extension, MIIT 2011 size class, guarantee links.
ALTER TABLE customer
    ADD COLUMN registered_address   VARCHAR(300),
    ADD COLUMN legal_form           VARCHAR(40),
    ADD COLUMN registered_capital   NUMERIC(17, 2) CHECK (registered_capital >= 0),
    ADD COLUMN legal_representative VARCHAR(100),
    ADD COLUMN shareholders         TEXT,
    ADD COLUMN size_class           VARCHAR(10),
    ADD COLUMN size_class_basis     DATE,
    ADD COLUMN out_of_segment       BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN updated_at           TIMESTAMPTZ,
    ADD COLUMN updated_by           VARCHAR(100);

CREATE INDEX customer_industry_idx ON customer (industry_code);
CREATE INDEX customer_region_idx ON customer (region_code);
CREATE INDEX customer_size_class_idx ON customer (size_class);
CREATE INDEX customer_rm_idx ON customer (relationship_manager);
CREATE INDEX financial_statement_latest_idx ON financial_statement (customer_id, period_end DESC, version DESC);

-- guarantor guarantees the borrower's debt; a directed edge guarantor -> borrower of the guarantee graph
CREATE TABLE guarantee_link (
    id           UUID PRIMARY KEY,
    guarantor_id UUID           NOT NULL REFERENCES customer (id),
    borrower_id  UUID           NOT NULL REFERENCES customer (id),
    amount       NUMERIC(17, 2) NOT NULL CHECK (amount > 0),
    valid_from   DATE           NOT NULL,
    valid_to     DATE,
    created_at   TIMESTAMPTZ    NOT NULL,
    created_by   VARCHAR(100)   NOT NULL,
    CHECK (guarantor_id <> borrower_id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX guarantee_link_guarantor_idx ON guarantee_link (guarantor_id);
CREATE INDEX guarantee_link_borrower_idx ON guarantee_link (borrower_id);
