-- Capacity assessments and best-interests decisions are never changed or removed: an assessment is stored signed and
-- replaced only by a new one. Each organisation sees only its own rows.
GRANT SELECT, INSERT ON capacity_assessments, best_interests_decisions TO hearth_app;
--> statement-breakpoint
ALTER TABLE capacity_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY capacity_assessments_own ON capacity_assessments USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
ALTER TABLE best_interests_decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY best_interests_decisions_own ON best_interests_decisions USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER capacity_assessments_append_only BEFORE UPDATE OR DELETE ON capacity_assessments
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
CREATE TRIGGER best_interests_decisions_append_only BEFORE UPDATE OR DELETE ON best_interests_decisions
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
-- A replacement always says why; a reason with nothing replaced is refused too.
ALTER TABLE capacity_assessments ADD CONSTRAINT capacity_assessments_supersede_reason CHECK ((supersedes IS NULL) = (supersede_reason IS NULL));
