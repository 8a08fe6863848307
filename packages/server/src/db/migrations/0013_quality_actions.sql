CREATE TABLE "quality_action_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"person_id" uuid,
	"plan_audit_run_id" uuid,
	"rule_id" text,
	"field" text,
	"title" text NOT NULL,
	"detail" text,
	"owner_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quality_action_updates" ADD CONSTRAINT "quality_action_updates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_action_updates" ADD CONSTRAINT "quality_action_updates_action_id_quality_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."quality_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_action_updates" ADD CONSTRAINT "quality_action_updates_updated_by_staff_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_actions" ADD CONSTRAINT "quality_actions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_actions" ADD CONSTRAINT "quality_actions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_actions" ADD CONSTRAINT "quality_actions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_actions" ADD CONSTRAINT "quality_actions_plan_audit_run_id_plan_audit_runs_id_fk" FOREIGN KEY ("plan_audit_run_id") REFERENCES "public"."plan_audit_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_actions" ADD CONSTRAINT "quality_actions_owner_id_staff_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_actions" ADD CONSTRAINT "quality_actions_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quality_action_updates_action_idx" ON "quality_action_updates" USING btree ("action_id","updated_at");--> statement-breakpoint
CREATE INDEX "quality_actions_organisation_idx" ON "quality_actions" USING btree ("organisation_id","due_date");--> statement-breakpoint
CREATE INDEX "quality_actions_person_idx" ON "quality_actions" USING btree ("person_id");