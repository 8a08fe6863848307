-- The shared record: contacts, sharing decisions, data-request grants and what contacts add are never changed or
-- removed; external sign-ins change only their lockout counters, invitations only when used, sessions only their
-- activity and end. Each organisation sees only its own rows.
GRANT SELECT, INSERT ON person_contacts, sharing_decisions, data_request_grants, data_request_grant_revocations,
  external_account_links, contact_entries TO hearth_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON external_accounts, external_invitations, external_sessions TO hearth_app;
--> statement-breakpoint
GRANT UPDATE (failed_attempts, locked_until) ON external_accounts TO hearth_app;
--> statement-breakpoint
GRANT UPDATE (used_at, used_by) ON external_invitations TO hearth_app;
--> statement-breakpoint
GRANT UPDATE (last_seen_at, ended_at) ON external_sessions TO hearth_app;
--> statement-breakpoint
ALTER TABLE person_contacts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_contacts_own ON person_contacts USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE sharing_decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sharing_decisions_own ON sharing_decisions USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE data_request_grants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY data_request_grants_own ON data_request_grants USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE data_request_grant_revocations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY data_request_grant_revocations_own ON data_request_grant_revocations USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE external_account_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY external_account_links_own ON external_account_links USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE contact_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contact_entries_own ON contact_entries USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE external_accounts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY external_accounts_own ON external_accounts USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE external_invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY external_invitations_own ON external_invitations USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE external_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Sessions are found by the hash of a secret token before the organisation is known; writes stay in the organisation.
CREATE POLICY external_sessions_read ON external_sessions FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY external_sessions_insert ON external_sessions FOR INSERT WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE POLICY external_sessions_update ON external_sessions FOR UPDATE USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER person_contacts_append_only BEFORE UPDATE OR DELETE ON person_contacts
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER sharing_decisions_append_only BEFORE UPDATE OR DELETE ON sharing_decisions
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER data_request_grants_append_only BEFORE UPDATE OR DELETE ON data_request_grants
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER data_request_grant_revocations_append_only BEFORE UPDATE OR DELETE ON data_request_grant_revocations
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER external_account_links_append_only BEFORE UPDATE OR DELETE ON external_account_links
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER contact_entries_append_only BEFORE UPDATE OR DELETE ON contact_entries
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
-- An external sign-in is found by email before the organisation is known; this answers only its id and organisation.
CREATE FUNCTION hearth_external_account_for_sign_in(p_email text) RETURNS TABLE (id uuid, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT a.id, a.organisation_id FROM external_accounts a WHERE lower(a.email) = lower(p_email)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hearth_external_account_for_sign_in(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hearth_external_account_for_sign_in(text) TO hearth_app;
--> statement-breakpoint
CREATE FUNCTION hearth_external_invitation_for_token(p_token_hash text) RETURNS TABLE (id uuid, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT i.id, i.organisation_id FROM external_invitations i WHERE i.token_hash = p_token_hash
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION hearth_external_invitation_for_token(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION hearth_external_invitation_for_token(text) TO hearth_app;
--> statement-breakpoint
ALTER TABLE external_invitations ADD CONSTRAINT external_invitations_one_target CHECK (num_nonnulls(contact_id, grant_id) = 1);
--> statement-breakpoint
ALTER TABLE external_account_links ADD CONSTRAINT external_account_links_one_target CHECK (num_nonnulls(contact_id, grant_id) = 1);
