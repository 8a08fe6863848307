-- Security backbone: the application's own role, row-level security by organisation,
-- append-only history, and the hash-chained audit log.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hearth_app') THEN
    CREATE ROLE hearth_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database on the same server created it at the same moment
END $$;

GRANT USAGE ON SCHEMA public TO hearth_app;
GRANT SELECT ON organisations TO hearth_app;
GRANT SELECT, INSERT, UPDATE ON services, staff, staff_grants, sessions, invitations, people TO hearth_app;
GRANT SELECT, INSERT ON person_versions TO hearth_app;
GRANT SELECT ON audit_log TO hearth_app;

-- The organisation a transaction acts for, set with set_config('hearth.org_id', …, true).
CREATE FUNCTION hearth_current_org() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('hearth.org_id', true), '')::uuid
$$;

ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisations_own ON organisations USING (id = hearth_current_org());
ALTER TABLE services ENABLE ROW LEVEL SECURITY;
CREATE POLICY services_own ON services USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
ALTER TABLE staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_own ON staff USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
ALTER TABLE staff_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_grants_own ON staff_grants USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
-- Sessions are found by the hash of a secret token before the organisation is known; writes stay in the organisation.
CREATE POLICY sessions_read ON sessions FOR SELECT USING (true);
CREATE POLICY sessions_insert ON sessions FOR INSERT WITH CHECK (organisation_id = hearth_current_org());
CREATE POLICY sessions_update ON sessions FOR UPDATE USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY invitations_own ON invitations USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
CREATE POLICY people_own ON people USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
ALTER TABLE person_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_versions_own ON person_versions USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_own ON audit_log FOR SELECT USING (organisation_id = hearth_current_org());

-- Nothing is lost: records are never hard-deleted, history and audit rows are never changed.
CREATE FUNCTION hearth_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % is not allowed: Hearth keeps every record', TG_OP, TG_TABLE_NAME
    USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION hearth_refuse_change();
CREATE TRIGGER person_versions_append_only BEFORE UPDATE OR DELETE ON person_versions
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
CREATE TRIGGER people_never_deleted BEFORE DELETE ON people
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
CREATE TRIGGER staff_never_deleted BEFORE DELETE ON staff
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
CREATE TRIGGER staff_grants_never_deleted BEFORE DELETE ON staff_grants
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();

-- The text an audit row's hash is taken over. Verification recomputes the hash from it.
CREATE FUNCTION hearth_audit_canonical(a audit_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(
    a.organisation_id, a.chain_seq,
    to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    a.actor_id, a.action, a.resource_type, a.resource_id, a.outcome, a.detail, a.prev_hash
  )::text
$$;

-- Appends one entry to its organisation's chain. The only way the application writes the audit log.
CREATE FUNCTION hearth_audit_append(
  p_org uuid, p_actor uuid, p_action text, p_resource_type text, p_resource_id text, p_outcome text, p_detail jsonb
) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_chain uuid := coalesce(p_org, '00000000-0000-0000-0000-000000000000'::uuid);
  v_row audit_log;
  v_seq bigint;
  v_prev text;
BEGIN
  IF p_org IS NOT NULL AND p_org IS DISTINCT FROM hearth_current_org() THEN
    RAISE EXCEPTION 'an audit entry must belong to the organisation the transaction acts for' USING ERRCODE = '42501';
  END IF;
  INSERT INTO audit_chain_heads (chain, seq, hash) VALUES (v_chain, 0, repeat('0', 64)) ON CONFLICT (chain) DO NOTHING;
  SELECT seq, hash INTO v_seq, v_prev FROM audit_chain_heads WHERE chain = v_chain FOR UPDATE;
  v_row.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  v_row.organisation_id := p_org;
  v_row.chain_seq := v_seq + 1;
  v_row.at := date_trunc('microseconds', clock_timestamp());
  v_row.actor_id := p_actor;
  v_row.action := p_action;
  v_row.resource_type := p_resource_type;
  v_row.resource_id := p_resource_id;
  v_row.outcome := p_outcome;
  v_row.detail := coalesce(p_detail, '{}'::jsonb);
  v_row.prev_hash := v_prev;
  v_row.hash := encode(sha256(convert_to(hearth_audit_canonical(v_row), 'UTF8')), 'hex');
  INSERT INTO audit_log SELECT v_row.*;
  UPDATE audit_chain_heads SET seq = v_row.chain_seq, hash = v_row.hash WHERE chain = v_chain;
  RETURN v_row.id;
END $$;
REVOKE ALL ON FUNCTION hearth_audit_append(uuid, uuid, text, text, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth_audit_append(uuid, uuid, text, text, text, text, jsonb) TO hearth_app;

-- Sign-in and invitations start before the organisation is known: these find just enough to set it.
CREATE FUNCTION hearth_staff_for_sign_in(p_email text) RETURNS TABLE (id uuid, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.id, s.organisation_id FROM staff s WHERE lower(s.email) = lower(p_email)
$$;
REVOKE ALL ON FUNCTION hearth_staff_for_sign_in(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth_staff_for_sign_in(text) TO hearth_app;

CREATE FUNCTION hearth_invitation_for_token(p_token_hash text) RETURNS TABLE (id uuid, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT i.id, i.organisation_id FROM invitations i WHERE i.token_hash = p_token_hash
$$;
REVOKE ALL ON FUNCTION hearth_invitation_for_token(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth_invitation_for_token(text) TO hearth_app;

-- A new email must be unique across organisations; this answers only yes or no.
CREATE FUNCTION hearth_email_in_use(p_email text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM staff WHERE lower(email) = lower(p_email))
$$;
REVOKE ALL ON FUNCTION hearth_email_in_use(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth_email_in_use(text) TO hearth_app;
