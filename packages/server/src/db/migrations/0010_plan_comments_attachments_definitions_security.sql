-- Plan comments, attachments and the provider's section definitions: the application role may read and add,
-- never change or remove; each organisation sees only its own rows.
GRANT SELECT, INSERT ON care_plan_comments, care_plan_attachments, section_definition_sets TO hearth_app;
--> statement-breakpoint
ALTER TABLE care_plan_comments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY care_plan_comments_own ON care_plan_comments USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE care_plan_attachments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY care_plan_attachments_own ON care_plan_attachments USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE section_definition_sets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY section_definition_sets_own ON section_definition_sets USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER care_plan_comments_append_only BEFORE UPDATE OR DELETE ON care_plan_comments
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER care_plan_attachments_append_only BEFORE UPDATE OR DELETE ON care_plan_attachments
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER section_definition_sets_append_only BEFORE UPDATE OR DELETE ON section_definition_sets
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
