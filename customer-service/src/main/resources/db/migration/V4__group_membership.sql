-- Issue 3: explicit group membership. A customer declares the corporate group it belongs to and/or its direct parent
-- (by USCC: the parent need not be a customer of the bank); the related-party group joins these with shareholdings.
ALTER TABLE customer
    ADD COLUMN group_name  VARCHAR(200),
    ADD COLUMN parent_uscc VARCHAR(18),
    ADD CONSTRAINT customer_parent_not_self CHECK (parent_uscc IS NULL OR parent_uscc <> uscc);

-- members of a declared group are found by the normalised name; children and siblings by the parent's USCC
CREATE INDEX customer_group_name_idx ON customer (lower(group_name));
CREATE INDEX customer_parent_uscc_idx ON customer (parent_uscc);
