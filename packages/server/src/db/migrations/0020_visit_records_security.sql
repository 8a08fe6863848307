-- Visit records, their addenda and escalations: the application role may read and add, never change or remove;
-- each organisation sees only its own rows.
GRANT SELECT, INSERT ON visit_records, visit_record_addenda, visit_escalations, visit_escalation_updates TO hearth_app;
--> statement-breakpoint
ALTER TABLE visit_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY visit_records_own ON visit_records USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE visit_record_addenda ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY visit_record_addenda_own ON visit_record_addenda USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE visit_escalations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY visit_escalations_own ON visit_escalations USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE visit_escalation_updates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY visit_escalation_updates_own ON visit_escalation_updates USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER visit_records_append_only BEFORE UPDATE OR DELETE ON visit_records
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER visit_record_addenda_append_only BEFORE UPDATE OR DELETE ON visit_record_addenda
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER visit_escalations_append_only BEFORE UPDATE OR DELETE ON visit_escalations
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER visit_escalation_updates_append_only BEFORE UPDATE OR DELETE ON visit_escalation_updates
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
