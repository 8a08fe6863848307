-- Information choices, data requests and record exports: the application role may read and add, never change or
-- remove; each organisation sees only its own rows.
GRANT SELECT, INSERT ON information_choices, data_requests, data_request_updates, record_exports TO hearth_app;
--> statement-breakpoint
ALTER TABLE information_choices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY information_choices_own ON information_choices USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE data_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY data_requests_own ON data_requests USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE data_request_updates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY data_request_updates_own ON data_request_updates USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE record_exports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY record_exports_own ON record_exports USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER information_choices_append_only BEFORE UPDATE OR DELETE ON information_choices
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER data_requests_append_only BEFORE UPDATE OR DELETE ON data_requests
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER data_request_updates_append_only BEFORE UPDATE OR DELETE ON data_request_updates
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER record_exports_append_only BEFORE UPDATE OR DELETE ON record_exports
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
