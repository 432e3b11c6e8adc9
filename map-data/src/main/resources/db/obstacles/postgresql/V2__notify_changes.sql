-- Every write to the obstacles adds an audit row in the same transaction. Tell the servers listening on
-- 'obstacle_changes' (LISTEN) when such a transaction commits, with the audit sequence number, so that they
-- apply the change at once instead of at their next poll (which stays as the fallback).
CREATE OR REPLACE FUNCTION obstacle_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('obstacle_changes', NEW.seq::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER obstacle_audit_notify AFTER INSERT ON obstacle_audit
    FOR EACH ROW EXECUTE FUNCTION obstacle_notify_change();
