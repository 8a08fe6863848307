-- Plan-quality audit runs: the application role may read and add, never change or remove; each organisation
-- sees only its own.
GRANT SELECT, INSERT ON plan_audit_runs TO hearth_app;
--> statement-breakpoint
ALTER TABLE plan_audit_runs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_audit_runs_own ON plan_audit_runs USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER plan_audit_runs_append_only BEFORE UPDATE OR DELETE ON plan_audit_runs
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
