CREATE TABLE "plan_audit_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"plan_version" integer NOT NULL,
	"trigger" text NOT NULL,
	"score" numeric(4, 1),
	"fail_count" integer NOT NULL,
	"warn_count" integer NOT NULL,
	"findings" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"run_by" uuid,
	"run_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_audit_runs" ADD CONSTRAINT "plan_audit_runs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_audit_runs" ADD CONSTRAINT "plan_audit_runs_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_audit_runs" ADD CONSTRAINT "plan_audit_runs_plan_id_care_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."care_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_audit_runs" ADD CONSTRAINT "plan_audit_runs_run_by_staff_id_fk" FOREIGN KEY ("run_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_audit_runs_organisation_idx" ON "plan_audit_runs" USING btree ("organisation_id","run_at");--> statement-breakpoint
CREATE INDEX "plan_audit_runs_person_idx" ON "plan_audit_runs" USING btree ("person_id","run_at");