-- Positive Behaviour Support records, training and competence, planned visits and outbox reports are never changed
-- or removed: a change is a new row (a new version, a replacement naming the old one with a reason, a cancellation).
-- Each organisation sees only its own rows.
GRANT SELECT, INSERT ON behaviour_support_plan_versions, behaviour_support_plan_agreements, behaviour_support_plan_reviews, abc_records, scatter_plot_entries, pal_statement_sets, pal_assessments, restrictive_interventions, restrictive_intervention_debriefs, staff_training_records, staff_competence_checks, behaviour_support_audits, planned_visits, planned_visit_cancellations, outbox_reports TO hearth_app;
--> statement-breakpoint
ALTER TABLE behaviour_support_plan_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY behaviour_support_plan_versions_own ON behaviour_support_plan_versions USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER behaviour_support_plan_versions_append_only BEFORE UPDATE OR DELETE ON behaviour_support_plan_versions
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE behaviour_support_plan_agreements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY behaviour_support_plan_agreements_own ON behaviour_support_plan_agreements USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER behaviour_support_plan_agreements_append_only BEFORE UPDATE OR DELETE ON behaviour_support_plan_agreements
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE behaviour_support_plan_reviews ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY behaviour_support_plan_reviews_own ON behaviour_support_plan_reviews USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER behaviour_support_plan_reviews_append_only BEFORE UPDATE OR DELETE ON behaviour_support_plan_reviews
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE abc_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY abc_records_own ON abc_records USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER abc_records_append_only BEFORE UPDATE OR DELETE ON abc_records
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE scatter_plot_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY scatter_plot_entries_own ON scatter_plot_entries USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER scatter_plot_entries_append_only BEFORE UPDATE OR DELETE ON scatter_plot_entries
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE pal_statement_sets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY pal_statement_sets_own ON pal_statement_sets USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER pal_statement_sets_append_only BEFORE UPDATE OR DELETE ON pal_statement_sets
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE pal_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY pal_assessments_own ON pal_assessments USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER pal_assessments_append_only BEFORE UPDATE OR DELETE ON pal_assessments
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE restrictive_interventions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY restrictive_interventions_own ON restrictive_interventions USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER restrictive_interventions_append_only BEFORE UPDATE OR DELETE ON restrictive_interventions
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE restrictive_intervention_debriefs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY restrictive_intervention_debriefs_own ON restrictive_intervention_debriefs USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER restrictive_intervention_debriefs_append_only BEFORE UPDATE OR DELETE ON restrictive_intervention_debriefs
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE staff_training_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY staff_training_records_own ON staff_training_records USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER staff_training_records_append_only BEFORE UPDATE OR DELETE ON staff_training_records
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE staff_competence_checks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY staff_competence_checks_own ON staff_competence_checks USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER staff_competence_checks_append_only BEFORE UPDATE OR DELETE ON staff_competence_checks
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE behaviour_support_audits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY behaviour_support_audits_own ON behaviour_support_audits USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER behaviour_support_audits_append_only BEFORE UPDATE OR DELETE ON behaviour_support_audits
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE planned_visits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY planned_visits_own ON planned_visits USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER planned_visits_append_only BEFORE UPDATE OR DELETE ON planned_visits
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE planned_visit_cancellations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY planned_visit_cancellations_own ON planned_visit_cancellations USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER planned_visit_cancellations_append_only BEFORE UPDATE OR DELETE ON planned_visit_cancellations
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE outbox_reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outbox_reports_own ON outbox_reports USING (organisation_id = hearth_current_org()) WITH CHECK (organisation_id = hearth_current_org());
--> statement-breakpoint
CREATE TRIGGER outbox_reports_append_only BEFORE UPDATE OR DELETE ON outbox_reports
  FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change();
--> statement-breakpoint
ALTER TABLE abc_records ADD CONSTRAINT abc_records_supersede_reason CHECK ((supersedes IS NULL) = (supersede_reason IS NULL));
--> statement-breakpoint
ALTER TABLE pal_assessments ADD CONSTRAINT pal_assessments_supersede_reason CHECK ((supersedes IS NULL) = (supersede_reason IS NULL));
--> statement-breakpoint
ALTER TABLE restrictive_interventions ADD CONSTRAINT restrictive_interventions_supersede_reason CHECK ((supersedes IS NULL) = (supersede_reason IS NULL));
--> statement-breakpoint
ALTER TABLE staff_training_records ADD CONSTRAINT staff_training_records_supersede_reason CHECK ((supersedes IS NULL) = (supersede_reason IS NULL));
--> statement-breakpoint
ALTER TABLE abc_records ADD CONSTRAINT abc_records_intensity CHECK (intensity BETWEEN 1 AND 5);
--> statement-breakpoint
ALTER TABLE abc_records ADD CONSTRAINT abc_records_duration CHECK (duration_minutes >= 0);
--> statement-breakpoint
ALTER TABLE restrictive_interventions ADD CONSTRAINT restrictive_interventions_duration CHECK (duration_minutes >= 0);
--> statement-breakpoint
ALTER TABLE restrictive_interventions ADD CONSTRAINT restrictive_interventions_kind CHECK (kind IN ('physical', 'seclusion', 'chemical', 'mechanical'));
--> statement-breakpoint
ALTER TABLE restrictive_interventions ADD CONSTRAINT restrictive_interventions_followed_plan CHECK (followed_plan IN ('yes', 'partly', 'no', 'no_plan'));
--> statement-breakpoint
ALTER TABLE scatter_plot_entries ADD CONSTRAINT scatter_plot_entries_slot CHECK (slot_minutes IN (15, 30, 60) AND slot_start_minute >= 0 AND slot_start_minute < 1440 AND slot_start_minute % slot_minutes = 0);
--> statement-breakpoint
ALTER TABLE scatter_plot_entries ADD CONSTRAINT scatter_plot_entries_grade CHECK (grade IN ('none', 'some', 'high'));
--> statement-breakpoint
ALTER TABLE staff_training_records ADD CONSTRAINT staff_training_records_expiry CHECK (expires_on IS NULL OR expires_on >= completed_on);
--> statement-breakpoint
ALTER TABLE staff_competence_checks ADD CONSTRAINT staff_competence_checks_kind CHECK (kind IN ('competence', 'observation'));
--> statement-breakpoint
ALTER TABLE restrictive_intervention_debriefs ADD CONSTRAINT restrictive_intervention_debriefs_with CHECK (with_whom IN ('person', 'staff'));
--> statement-breakpoint
ALTER TABLE planned_visits ADD CONSTRAINT planned_visits_times CHECK (ends_at > starts_at);
--> statement-breakpoint
ALTER TABLE staff_training_records ADD CONSTRAINT staff_training_records_topic CHECK (topic IN ('restrictive_practice', 'positive_behaviour_support', 'mental_capacity', 'safeguarding', 'other'));
--> statement-breakpoint
ALTER TABLE behaviour_support_plan_versions ADD CONSTRAINT behaviour_support_plan_versions_practices CHECK (restrictive_practices <@ ARRAY['physical', 'seclusion', 'chemical', 'mechanical']::text[]);
