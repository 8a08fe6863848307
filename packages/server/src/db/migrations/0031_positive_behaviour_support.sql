CREATE TABLE "abc_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"behaviour" text NOT NULL,
	"intensity" integer NOT NULL,
	"duration_minutes" integer NOT NULL,
	"restrictive_intervention_used" boolean NOT NULL,
	"body" jsonb NOT NULL,
	"supersedes" uuid,
	"supersede_reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "behaviour_support_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"completed_on" date NOT NULL,
	"body" jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "behaviour_support_plan_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"body" jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "behaviour_support_plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"body" jsonb NOT NULL,
	"next_review_by" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "behaviour_support_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"review_by" date NOT NULL,
	"restrictive_practices" text[] NOT NULL,
	"change_reason" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"body" jsonb NOT NULL,
	"reported_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pal_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"reassess_by" date NOT NULL,
	"statement_set_id" uuid,
	"body" jsonb NOT NULL,
	"supersedes" uuid,
	"supersede_reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pal_statement_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"body" jsonb NOT NULL,
	"source" text NOT NULL,
	"imported_by" uuid NOT NULL,
	"imported_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planned_visit_cancellations" (
	"visit_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"cancelled_by" uuid NOT NULL,
	"cancelled_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planned_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"label" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "restrictive_intervention_debriefs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"intervention_id" uuid NOT NULL,
	"with_whom" text NOT NULL,
	"held_on" date NOT NULL,
	"body" jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "restrictive_interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"followed_plan" text NOT NULL,
	"abc_record_id" uuid,
	"body" jsonb NOT NULL,
	"supersedes" uuid,
	"supersede_reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scatter_plot_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"behaviour" text NOT NULL,
	"observed_on" date NOT NULL,
	"slot_start_minute" integer NOT NULL,
	"slot_minutes" integer NOT NULL,
	"grade" text NOT NULL,
	"activity" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_competence_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"completed_on" date NOT NULL,
	"body" jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_training_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"course" text NOT NULL,
	"training_provider" text NOT NULL,
	"completed_on" date NOT NULL,
	"expires_on" date,
	"rrn_certified" boolean NOT NULL,
	"certificate_reference" text,
	"supersedes" uuid,
	"supersede_reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "abc_records" ADD CONSTRAINT "abc_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abc_records" ADD CONSTRAINT "abc_records_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abc_records" ADD CONSTRAINT "abc_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abc_records" ADD CONSTRAINT "abc_records_supersedes_abc_records_id_fk" FOREIGN KEY ("supersedes") REFERENCES "public"."abc_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abc_records" ADD CONSTRAINT "abc_records_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_audits" ADD CONSTRAINT "behaviour_support_audits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_audits" ADD CONSTRAINT "behaviour_support_audits_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_audits" ADD CONSTRAINT "behaviour_support_audits_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_plan_agreements" ADD CONSTRAINT "behaviour_support_plan_agreements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_plan_agreements" ADD CONSTRAINT "behaviour_support_plan_agreements_plan_version_id_behaviour_support_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."behaviour_support_plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_plan_agreements" ADD CONSTRAINT "behaviour_support_plan_agreements_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_plan_reviews" ADD CONSTRAINT "behaviour_support_plan_reviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_plan_reviews" ADD CONSTRAINT "behaviour_support_plan_reviews_plan_version_id_behaviour_support_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."behaviour_support_plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_plan_reviews" ADD CONSTRAINT "behaviour_support_plan_reviews_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_plan_versions" ADD CONSTRAINT "behaviour_support_plan_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_plan_versions" ADD CONSTRAINT "behaviour_support_plan_versions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_support_plan_versions" ADD CONSTRAINT "behaviour_support_plan_versions_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_reports" ADD CONSTRAINT "outbox_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_reports" ADD CONSTRAINT "outbox_reports_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pal_assessments" ADD CONSTRAINT "pal_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pal_assessments" ADD CONSTRAINT "pal_assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pal_assessments" ADD CONSTRAINT "pal_assessments_statement_set_id_pal_statement_sets_id_fk" FOREIGN KEY ("statement_set_id") REFERENCES "public"."pal_statement_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pal_assessments" ADD CONSTRAINT "pal_assessments_supersedes_pal_assessments_id_fk" FOREIGN KEY ("supersedes") REFERENCES "public"."pal_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pal_assessments" ADD CONSTRAINT "pal_assessments_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pal_statement_sets" ADD CONSTRAINT "pal_statement_sets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pal_statement_sets" ADD CONSTRAINT "pal_statement_sets_imported_by_staff_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visit_cancellations" ADD CONSTRAINT "planned_visit_cancellations_visit_id_planned_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."planned_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visit_cancellations" ADD CONSTRAINT "planned_visit_cancellations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visit_cancellations" ADD CONSTRAINT "planned_visit_cancellations_cancelled_by_staff_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visits" ADD CONSTRAINT "planned_visits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visits" ADD CONSTRAINT "planned_visits_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visits" ADD CONSTRAINT "planned_visits_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visits" ADD CONSTRAINT "planned_visits_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visits" ADD CONSTRAINT "planned_visits_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictive_intervention_debriefs" ADD CONSTRAINT "restrictive_intervention_debriefs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictive_intervention_debriefs" ADD CONSTRAINT "restrictive_intervention_debriefs_intervention_id_restrictive_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."restrictive_interventions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictive_intervention_debriefs" ADD CONSTRAINT "restrictive_intervention_debriefs_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictive_interventions" ADD CONSTRAINT "restrictive_interventions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictive_interventions" ADD CONSTRAINT "restrictive_interventions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictive_interventions" ADD CONSTRAINT "restrictive_interventions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictive_interventions" ADD CONSTRAINT "restrictive_interventions_abc_record_id_abc_records_id_fk" FOREIGN KEY ("abc_record_id") REFERENCES "public"."abc_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictive_interventions" ADD CONSTRAINT "restrictive_interventions_supersedes_restrictive_interventions_id_fk" FOREIGN KEY ("supersedes") REFERENCES "public"."restrictive_interventions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictive_interventions" ADD CONSTRAINT "restrictive_interventions_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scatter_plot_entries" ADD CONSTRAINT "scatter_plot_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scatter_plot_entries" ADD CONSTRAINT "scatter_plot_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scatter_plot_entries" ADD CONSTRAINT "scatter_plot_entries_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_competence_checks" ADD CONSTRAINT "staff_competence_checks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_competence_checks" ADD CONSTRAINT "staff_competence_checks_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_competence_checks" ADD CONSTRAINT "staff_competence_checks_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_training_records" ADD CONSTRAINT "staff_training_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_training_records" ADD CONSTRAINT "staff_training_records_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_training_records" ADD CONSTRAINT "staff_training_records_supersedes_staff_training_records_id_fk" FOREIGN KEY ("supersedes") REFERENCES "public"."staff_training_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_training_records" ADD CONSTRAINT "staff_training_records_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "abc_records_client_idx" ON "abc_records" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "abc_records_person_idx" ON "abc_records" USING btree ("organisation_id","person_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "abc_records_supersedes_unique" ON "abc_records" USING btree ("supersedes");--> statement-breakpoint
CREATE INDEX "behaviour_support_audits_service_idx" ON "behaviour_support_audits" USING btree ("organisation_id","service_id","completed_on");--> statement-breakpoint
CREATE INDEX "behaviour_support_plan_agreements_version_idx" ON "behaviour_support_plan_agreements" USING btree ("organisation_id","plan_version_id");--> statement-breakpoint
CREATE INDEX "behaviour_support_plan_reviews_version_idx" ON "behaviour_support_plan_reviews" USING btree ("organisation_id","plan_version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "behaviour_support_plan_versions_unique" ON "behaviour_support_plan_versions" USING btree ("organisation_id","person_id","version");--> statement-breakpoint
CREATE INDEX "outbox_reports_staff_idx" ON "outbox_reports" USING btree ("organisation_id","staff_id","device_id","reported_at");--> statement-breakpoint
CREATE INDEX "pal_assessments_person_idx" ON "pal_assessments" USING btree ("organisation_id","person_id","assessed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "pal_assessments_supersedes_unique" ON "pal_assessments" USING btree ("supersedes");--> statement-breakpoint
CREATE INDEX "pal_statement_sets_organisation_idx" ON "pal_statement_sets" USING btree ("organisation_id","imported_at");--> statement-breakpoint
CREATE INDEX "planned_visits_staff_idx" ON "planned_visits" USING btree ("organisation_id","staff_id","starts_at");--> statement-breakpoint
CREATE INDEX "planned_visits_person_idx" ON "planned_visits" USING btree ("organisation_id","person_id","starts_at");--> statement-breakpoint
CREATE INDEX "planned_visits_service_idx" ON "planned_visits" USING btree ("organisation_id","service_id","starts_at");--> statement-breakpoint
CREATE INDEX "restrictive_intervention_debriefs_idx" ON "restrictive_intervention_debriefs" USING btree ("organisation_id","intervention_id");--> statement-breakpoint
CREATE UNIQUE INDEX "restrictive_interventions_client_idx" ON "restrictive_interventions" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "restrictive_interventions_person_idx" ON "restrictive_interventions" USING btree ("organisation_id","person_id","started_at");--> statement-breakpoint
CREATE INDEX "restrictive_interventions_service_idx" ON "restrictive_interventions" USING btree ("organisation_id","service_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "restrictive_interventions_supersedes_unique" ON "restrictive_interventions" USING btree ("supersedes");--> statement-breakpoint
CREATE INDEX "scatter_plot_entries_person_idx" ON "scatter_plot_entries" USING btree ("organisation_id","person_id","behaviour","observed_on");--> statement-breakpoint
CREATE INDEX "staff_competence_checks_staff_idx" ON "staff_competence_checks" USING btree ("organisation_id","staff_id","completed_on");--> statement-breakpoint
CREATE INDEX "staff_training_records_staff_idx" ON "staff_training_records" USING btree ("organisation_id","staff_id","topic");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_training_records_supersedes_unique" ON "staff_training_records" USING btree ("supersedes");