-- The provider's plan-audit settings: the application role may read and add versions, never change or remove
-- one; each organisation sees only its own.
GRANT SELECT, INSERT ON plan_audit_config_sets TO hearth_app;
--> statement-breakpoint
ALTER TABLE plan_audit_config_sets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_audit_config_sets_own ON plan_audit_config_sets USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER plan_audit_config_sets_append_only BEFORE UPDATE OR DELETE ON plan_audit_config_sets
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
