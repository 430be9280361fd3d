-- What a credit officer needs to explain a rating: the grade it replaced, the model's own PD and the statement
-- figures the model read. Nullable: ratings written before this migration have none.
ALTER TABLE rating ADD COLUMN previous_grade VARCHAR(10);
ALTER TABLE rating ADD COLUMN model_pd NUMERIC(12, 8) CHECK (model_pd BETWEEN 0 AND 1);
-- JSON object of the statement line items the model read (CNY)
ALTER TABLE rating ADD COLUMN inputs VARCHAR;
