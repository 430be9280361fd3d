-- Every rating a borrower received (rating.assigned.v1), not only the latest one (customer_pd): the rating-migration
-- matrix reads "the grade as of a date" = the latest rating rated on or before it. A rating delivered late is still
-- history (it only loses to a newer one for the PD used in ECL). Same-day ratings are ordered by arrival (seq):
-- one customer's ratings come on one partition (key customerId), in the order rating-service published them.
CREATE TABLE rating_history (
    rating_id      UUID PRIMARY KEY,
    seq            BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    customer_id    UUID           NOT NULL,
    grade          VARCHAR(10)    NOT NULL,
    pd             NUMERIC(11, 8) NOT NULL,
    rated_on       DATE           NOT NULL,
    previous_grade VARCHAR(10),
    recorded_at    TIMESTAMPTZ    NOT NULL
);
CREATE INDEX rating_history_as_of ON rating_history (customer_id, rated_on DESC, seq DESC);

-- the ratings already held: the latest of each borrower
INSERT INTO rating_history (rating_id, customer_id, grade, pd, rated_on, recorded_at)
SELECT rating_id, customer_id, grade, pd, rated_on, updated_at FROM customer_pd ORDER BY updated_at;
