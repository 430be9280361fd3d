-- Platform tables present in every service's database (see platform/README.md).
-- Versioned 0.x so they sort before the service's own V1..; services run Flyway with out-of-order enabled.

CREATE TABLE outbox (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        VARCHAR        NOT NULL,
    message_key  VARCHAR        NOT NULL,
    event_type   VARCHAR        NOT NULL,
    source       VARCHAR        NOT NULL,
    data_schema  VARCHAR        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    payload      VARCHAR        NOT NULL,
    sent_at      TIMESTAMPTZ
);
-- the relay scans only unsent rows
CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_unsent_key ON outbox (message_key, id) WHERE sent_at IS NULL;

CREATE TABLE inbox (
    event_id     UUID        PRIMARY KEY,
    event_type   VARCHAR        NOT NULL,
    source       VARCHAR        NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE audit_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMPTZ NOT NULL,
    actor        VARCHAR        NOT NULL,
    actor_roles  VARCHAR        NOT NULL,
    request_id   VARCHAR,
    action       VARCHAR        NOT NULL,
    entity_type  VARCHAR        NOT NULL,
    entity_id    VARCHAR        NOT NULL,
    before_state VARCHAR,
    after_state  VARCHAR
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_time ON audit_log (occurred_at);

-- append-only: no update or delete, whoever connects
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
