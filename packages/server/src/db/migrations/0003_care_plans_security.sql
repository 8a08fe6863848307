-- Care plans: the application role's grants, row-level security by organisation, and the rule that an
-- agreed version's content is never changed (only its status moves on) and no version is ever deleted.
GRANT SELECT, INSERT ON care_plans TO hearth_app;
GRANT SELECT, INSERT, UPDATE ON care_plan_versions TO hearth_app;

ALTER TABLE care_plans ENABLE ROW LEVEL SECURITY;
CREATE POLICY care_plans_own ON care_plans USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
ALTER TABLE care_plan_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY care_plan_versions_own ON care_plan_versions USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());

CREATE TRIGGER care_plans_never_deleted BEFORE DELETE ON care_plans
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
CREATE TRIGGER care_plan_versions_never_deleted BEFORE DELETE ON care_plan_versions
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();

CREATE FUNCTION hearth_plan_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' AND (
       NEW.content IS DISTINCT FROM OLD.content OR NEW.agreement IS DISTINCT FROM OLD.agreement
       OR NEW.version IS DISTINCT FROM OLD.version OR NEW.plan_id IS DISTINCT FROM OLD.plan_id
       OR NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.agreed_by IS DISTINCT FROM OLD.agreed_by) THEN
    RAISE EXCEPTION 'plan version % is %, so its content is kept as it was', OLD.version, OLD.status USING ERRCODE = '42501';
  END IF;
  IF NEW.status = 'draft' AND OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'an agreed plan version cannot return to draft' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER care_plan_versions_guard BEFORE UPDATE ON care_plan_versions
  FOR EACH ROW EXECUTE FUNCTION hearth_plan_version_guard();
