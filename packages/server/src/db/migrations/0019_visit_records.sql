CREATE TABLE "visit_escalation_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"escalation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"concern" text NOT NULL,
	"raised_by" uuid NOT NULL,
	"raised_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_record_addenda" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"visit_label" text,
	"planned_for" timestamp (3) with time zone,
	"arrived_at" timestamp (3) with time zone NOT NULL,
	"left_at" timestamp (3) with time zone,
	"plan_version" integer,
	"content" jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "visit_escalation_updates" ADD CONSTRAINT "visit_escalation_updates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_escalation_updates" ADD CONSTRAINT "visit_escalation_updates_escalation_id_visit_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."visit_escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_escalation_updates" ADD CONSTRAINT "visit_escalation_updates_updated_by_staff_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_escalations" ADD CONSTRAINT "visit_escalations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_escalations" ADD CONSTRAINT "visit_escalations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_escalations" ADD CONSTRAINT "visit_escalations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_escalations" ADD CONSTRAINT "visit_escalations_record_id_visit_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."visit_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_escalations" ADD CONSTRAINT "visit_escalations_raised_by_staff_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_record_addenda" ADD CONSTRAINT "visit_record_addenda_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_record_addenda" ADD CONSTRAINT "visit_record_addenda_record_id_visit_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."visit_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_record_addenda" ADD CONSTRAINT "visit_record_addenda_author_id_staff_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_records" ADD CONSTRAINT "visit_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_records" ADD CONSTRAINT "visit_records_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_records" ADD CONSTRAINT "visit_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_records" ADD CONSTRAINT "visit_records_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visit_escalation_updates_idx" ON "visit_escalation_updates" USING btree ("escalation_id","updated_at");--> statement-breakpoint
CREATE INDEX "visit_escalations_service_idx" ON "visit_escalations" USING btree ("organisation_id","service_id","raised_at");--> statement-breakpoint
CREATE INDEX "visit_record_addenda_record_idx" ON "visit_record_addenda" USING btree ("record_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_records_client_idx" ON "visit_records" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "visit_records_person_idx" ON "visit_records" USING btree ("person_id","arrived_at");--> statement-breakpoint
CREATE INDEX "visit_records_service_idx" ON "visit_records" USING btree ("organisation_id","service_id","arrived_at");