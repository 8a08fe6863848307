CREATE TABLE "best_interests_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"decision_key" text,
	"content" jsonb NOT NULL,
	"decided_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capacity_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"decision_key" text,
	"assessed_on" date NOT NULL,
	"content" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"fluctuating" boolean NOT NULL,
	"reassess_on" date,
	"supersedes" uuid,
	"supersede_reason" text,
	"signed_by" uuid NOT NULL,
	"signed_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "best_interests_decisions" ADD CONSTRAINT "best_interests_decisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "best_interests_decisions" ADD CONSTRAINT "best_interests_decisions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "best_interests_decisions" ADD CONSTRAINT "best_interests_decisions_assessment_id_capacity_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."capacity_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "best_interests_decisions" ADD CONSTRAINT "best_interests_decisions_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_assessments" ADD CONSTRAINT "capacity_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_assessments" ADD CONSTRAINT "capacity_assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_assessments" ADD CONSTRAINT "capacity_assessments_supersedes_capacity_assessments_id_fk" FOREIGN KEY ("supersedes") REFERENCES "public"."capacity_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_assessments" ADD CONSTRAINT "capacity_assessments_signed_by_staff_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "best_interests_decisions_person_idx" ON "best_interests_decisions" USING btree ("organisation_id","person_id","decided_on");--> statement-breakpoint
CREATE INDEX "capacity_assessments_person_idx" ON "capacity_assessments" USING btree ("organisation_id","person_id","assessed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_assessments_supersedes_unique" ON "capacity_assessments" USING btree ("supersedes");