-- Service user guides and the printed-pack register: append-only, scoped by organisation.
GRANT SELECT, INSERT ON service_user_guides, printed_packs TO hearth_app;
ALTER TABLE service_user_guides ENABLE ROW LEVEL SECURITY;
CREATE POLICY service_user_guides_own ON service_user_guides USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
ALTER TABLE printed_packs ENABLE ROW LEVEL SECURITY;
CREATE POLICY printed_packs_own ON printed_packs USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
CREATE TRIGGER service_user_guides_append_only BEFORE UPDATE OR DELETE ON service_user_guides
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
CREATE TRIGGER printed_packs_append_only BEFORE UPDATE OR DELETE ON printed_packs
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
