CREATE TABLE "audit_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"template_key" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"retired" boolean DEFAULT false NOT NULL,
	"reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "manual_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"plan_version" integer NOT NULL,
	"template_key" text NOT NULL,
	"template_version" integer NOT NULL,
	"template" jsonb NOT NULL,
	"answers" jsonb NOT NULL,
	"score" numeric(4, 1),
	"summary" text,
	"auditor_id" uuid NOT NULL,
	"completed_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personalisation_area_sets" (
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personalisation_area_sets_organisation_id_version_pk" PRIMARY KEY("organisation_id","version")
);
--> statement-breakpoint
CREATE TABLE "personalisation_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"area_set_version" integer NOT NULL,
	"areas" jsonb NOT NULL,
	"ratings" jsonb NOT NULL,
	"priorities" jsonb NOT NULL,
	"participants" text NOT NULL,
	"agreed_on" date NOT NULL,
	"note" text,
	"assessed_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quality_actions" ADD COLUMN "manual_audit_id" uuid;--> statement-breakpoint
ALTER TABLE "quality_actions" ADD COLUMN "question_id" text;--> statement-breakpoint
ALTER TABLE "quality_actions" ADD COLUMN "personalisation_assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "quality_actions" ADD COLUMN "area_id" text;--> statement-breakpoint
ALTER TABLE "audit_templates" ADD CONSTRAINT "audit_templates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_templates" ADD CONSTRAINT "audit_templates_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_audits" ADD CONSTRAINT "manual_audits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_audits" ADD CONSTRAINT "manual_audits_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_audits" ADD CONSTRAINT "manual_audits_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_audits" ADD CONSTRAINT "manual_audits_plan_id_care_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."care_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_audits" ADD CONSTRAINT "manual_audits_auditor_id_staff_id_fk" FOREIGN KEY ("auditor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personalisation_area_sets" ADD CONSTRAINT "personalisation_area_sets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personalisation_area_sets" ADD CONSTRAINT "personalisation_area_sets_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personalisation_assessments" ADD CONSTRAINT "personalisation_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personalisation_assessments" ADD CONSTRAINT "personalisation_assessments_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personalisation_assessments" ADD CONSTRAINT "personalisation_assessments_assessed_by_staff_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_templates_key_version_idx" ON "audit_templates" USING btree ("organisation_id","template_key","version");--> statement-breakpoint
CREATE INDEX "manual_audits_organisation_idx" ON "manual_audits" USING btree ("organisation_id","completed_at");--> statement-breakpoint
CREATE INDEX "manual_audits_person_idx" ON "manual_audits" USING btree ("person_id","completed_at");--> statement-breakpoint
CREATE INDEX "personalisation_assessments_service_idx" ON "personalisation_assessments" USING btree ("organisation_id","service_id","created_at");--> statement-breakpoint
ALTER TABLE "quality_actions" ADD CONSTRAINT "quality_actions_manual_audit_id_manual_audits_id_fk" FOREIGN KEY ("manual_audit_id") REFERENCES "public"."manual_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_actions" ADD CONSTRAINT "quality_actions_personalisation_assessment_id_personalisation_assessments_id_fk" FOREIGN KEY ("personalisation_assessment_id") REFERENCES "public"."personalisation_assessments"("id") ON DELETE no action ON UPDATE no action;