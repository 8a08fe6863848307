CREATE TABLE "capacity_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" jsonb NOT NULL,
	"supersedes" uuid,
	"supersede_reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sharing_decisions" ADD COLUMN "capacity_assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "sharing_decisions" ADD COLUMN "best_interests_decision_id" uuid;--> statement-breakpoint
ALTER TABLE "sharing_decisions" ADD COLUMN "legal_authority_record_id" uuid;--> statement-breakpoint
ALTER TABLE "capacity_records" ADD CONSTRAINT "capacity_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_records" ADD CONSTRAINT "capacity_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_records" ADD CONSTRAINT "capacity_records_supersedes_capacity_records_id_fk" FOREIGN KEY ("supersedes") REFERENCES "public"."capacity_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_records" ADD CONSTRAINT "capacity_records_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capacity_records_person_idx" ON "capacity_records" USING btree ("organisation_id","person_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_records_supersedes_unique" ON "capacity_records" USING btree ("supersedes");--> statement-breakpoint
ALTER TABLE "sharing_decisions" ADD CONSTRAINT "sharing_decisions_capacity_assessment_id_capacity_assessments_id_fk" FOREIGN KEY ("capacity_assessment_id") REFERENCES "public"."capacity_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_decisions" ADD CONSTRAINT "sharing_decisions_best_interests_decision_id_best_interests_decisions_id_fk" FOREIGN KEY ("best_interests_decision_id") REFERENCES "public"."best_interests_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_decisions" ADD CONSTRAINT "sharing_decisions_legal_authority_record_id_capacity_records_id_fk" FOREIGN KEY ("legal_authority_record_id") REFERENCES "public"."capacity_records"("id") ON DELETE no action ON UPDATE no action;