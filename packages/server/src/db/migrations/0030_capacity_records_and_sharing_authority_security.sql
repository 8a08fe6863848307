-- Capacity records (powers of attorney, advance decisions, liberty safeguards, IMCA, consent, advance care plans,
-- ReSPECT / DNACPR) are never changed or removed: a change is a new row replacing the old. Each organisation sees only
-- its own rows.
GRANT SELECT, INSERT ON capacity_records TO hearth_app;
--> statement-breakpoint
ALTER TABLE capacity_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY capacity_records_own ON capacity_records USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER capacity_records_append_only BEFORE UPDATE OR DELETE ON capacity_records
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
-- A replacement always says why; a reason with nothing replaced is refused too.
ALTER TABLE capacity_records ADD CONSTRAINT capacity_records_supersede_reason CHECK ((supersedes IS NULL) = (supersede_reason IS NULL));
--> statement-breakpoint
ALTER TABLE capacity_records ADD CONSTRAINT capacity_records_kind CHECK (kind IN ('legal_authority', 'advance_decision', 'liberty_safeguard', 'imca_involvement', 'consent', 'advance_care_plan', 'resuscitation'));
