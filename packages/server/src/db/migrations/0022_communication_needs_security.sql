-- Information and communication needs: the application role may read and add versions, never change or remove
-- one; each organisation sees only its own.
GRANT SELECT, INSERT ON communication_needs TO hearth_app;
--> statement-breakpoint
ALTER TABLE communication_needs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY communication_needs_own ON communication_needs USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER communication_needs_append_only BEFORE UPDATE OR DELETE ON communication_needs
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
