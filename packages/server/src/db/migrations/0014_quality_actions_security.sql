-- Quality actions and their updates: read and add only, each organisation its own.
GRANT SELECT, INSERT ON quality_actions, quality_action_updates TO hearth_app;
--> statement-breakpoint
ALTER TABLE quality_actions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY quality_actions_own ON quality_actions USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE quality_action_updates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY quality_action_updates_own ON quality_action_updates USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER quality_actions_append_only BEFORE UPDATE OR DELETE ON quality_actions
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER quality_action_updates_append_only BEFORE UPDATE OR DELETE ON quality_action_updates
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
