-- Manual audits, audit templates and the personalisation action plan: the application role may read and add,
-- never change or remove; each organisation sees only its own rows.
GRANT SELECT, INSERT ON audit_templates, manual_audits, personalisation_area_sets, personalisation_assessments TO hearth_app;
--> statement-breakpoint
ALTER TABLE audit_templates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_templates_own ON audit_templates USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE manual_audits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY manual_audits_own ON manual_audits USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE personalisation_area_sets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY personalisation_area_sets_own ON personalisation_area_sets USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE personalisation_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY personalisation_assessments_own ON personalisation_assessments USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER audit_templates_append_only BEFORE UPDATE OR DELETE ON audit_templates
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER manual_audits_append_only BEFORE UPDATE OR DELETE ON manual_audits
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER personalisation_area_sets_append_only BEFORE UPDATE OR DELETE ON personalisation_area_sets
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER personalisation_assessments_append_only BEFORE UPDATE OR DELETE ON personalisation_assessments
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
