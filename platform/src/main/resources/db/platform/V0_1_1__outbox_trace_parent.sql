-- W3C traceparent of the request or event that caused each outbox row; the relay sends it as the record's
-- `traceparent` header so that one business transaction keeps one trace id across services.
ALTER TABLE outbox ADD COLUMN trace_parent VARCHAR;
