CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" bigint NOT NULL,
	"user_id" integer,
	"user_name" text NOT NULL,
	"dossier_number" text,
	"action" text NOT NULL,
	"summary" text NOT NULL,
	"outcome" text NOT NULL,
	"message" text,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"demand_number" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"status_code" text NOT NULL,
	"status_label" text,
	"status_comment" text,
	"agreement_number" text,
	"created_at_text" text,
	"created_at" bigint,
	"purchase_date" text,
	"serial_number" text,
	"imei_number" text,
	"ean" text,
	"part_number" text,
	"brand" text,
	"problem_description" text,
	"fault_code" text,
	"return_to" text,
	"reseller_code" text,
	"site_name" text,
	"site_mail" text,
	"site_code" text,
	"site_street" text,
	"site_street_number" text,
	"site_address_compl" text,
	"site_zip_code" text,
	"site_city" text,
	"site_country" text,
	"client_name" text,
	"client_mail" text,
	"quote_treatment" text,
	"tracking_number" text,
	"carrier_name" text,
	"extra" text DEFAULT '{}' NOT NULL,
	"status_changed_at" bigint NOT NULL,
	"last_seen_at" bigint NOT NULL,
	"missing" boolean DEFAULT false NOT NULL,
	"accepted_at" bigint,
	"chosen_treatment" text,
	"assigned_to" integer,
	"accessories" text
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"success" boolean NOT NULL,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"demand_number" text NOT NULL,
	"author_id" integer NOT NULL,
	"body" text NOT NULL,
	"created_at" bigint NOT NULL,
	"edited_at" bigint,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "status_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"demand_number" text NOT NULL,
	"old_status" text,
	"new_status" text NOT NULL,
	"comment" text,
	"at" bigint NOT NULL,
	"source" text NOT NULL,
	"user_id" integer,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_state" (
	"status_code" text PRIMARY KEY NOT NULL,
	"last_success_at" bigint,
	"last_error_at" bigint,
	"last_error" text,
	"last_error_http" integer,
	"last_error_field" text,
	"last_error_non_json" boolean DEFAULT false NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 0 NOT NULL,
	"created_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL,
	"updated_at" bigint DEFAULT (extract(epoch from now()) * 1000)::bigint NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" text NOT NULL,
	"demand_number" text NOT NULL,
	"kind" text NOT NULL,
	"payload" text NOT NULL,
	"state" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"verify_attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" bigint NOT NULL,
	"last_error" text,
	"error_detail" text,
	"owner" text,
	"lease_until" bigint,
	"first_sent_at" bigint,
	"last_sent_at" bigint,
	"before_status" text,
	"baseline_count" integer,
	"created_by" integer,
	"created_at" bigint NOT NULL,
	"sent_at" bigint,
	"audit_id" integer,
	"demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "outbox_request_id_unique" UNIQUE("request_id")
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" integer,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" serial PRIMARY KEY NOT NULL,
	"demand_number" text NOT NULL,
	"quote_number" text NOT NULL,
	"lines" text NOT NULL,
	"total_cents" integer NOT NULL,
	"comment" text,
	"sent_at" bigint NOT NULL,
	"sent_by" integer,
	"answer" text,
	"treatment" text,
	"answered_at" bigint,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_views" (
	"user_id" integer NOT NULL,
	"view" text NOT NULL,
	"seen_at" bigint NOT NULL,
	CONSTRAINT "user_views_user_id_view_pk" PRIMARY KEY("user_id","view")
);
--> statement-breakpoint
CREATE TABLE "quarantine" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"demand_number" text,
	"field" text NOT NULL,
	"reason" text NOT NULL,
	"raw" text NOT NULL,
	"first_seen_at" bigint NOT NULL,
	"last_seen_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "push_signatures" (
	"signature" text PRIMARY KEY NOT NULL,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_list" (
	"id" serial PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"unit_price_cents" integer NOT NULL,
	"brand" text,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quote_numbers" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"demand_number" text,
	"change_key" text NOT NULL,
	"data" text DEFAULT '{}' NOT NULL,
	"at" bigint NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_prefs" (
	"user_id" integer NOT NULL,
	"type" text NOT NULL,
	"channel" text NOT NULL,
	CONSTRAINT "notification_prefs_user_id_type_pk" PRIMARY KEY("user_id","type")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	"in_app" boolean NOT NULL,
	"read_at" bigint,
	"email" text,
	"emailed_at" bigint
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_history" ADD CONSTRAINT "status_history_demand_number_dossiers_demand_number_fk" FOREIGN KEY ("demand_number") REFERENCES "dossiers"("demand_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_history" ADD CONSTRAINT "status_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_audit_id_audit_log_id_fk" FOREIGN KEY ("audit_id") REFERENCES "audit_log"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_views" ADD CONSTRAINT "user_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_prefs" ADD CONSTRAINT "notification_prefs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_dossier" ON "audit_log" USING btree ("dossier_number");--> statement-breakpoint
CREATE INDEX "audit_log_user" ON "audit_log" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "dossiers_status" ON "dossiers" USING btree ("status_code","created_at");--> statement-breakpoint
CREATE INDEX "dossiers_created" ON "dossiers" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "dossiers_changed" ON "dossiers" USING btree ("status_changed_at");--> statement-breakpoint
CREATE INDEX "dossiers_reseller" ON "dossiers" USING btree ("reseller_code");--> statement-breakpoint
CREATE INDEX "dossiers_brand" ON "dossiers" USING btree ("brand");--> statement-breakpoint
CREATE INDEX "dossiers_assigned" ON "dossiers" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "dossiers_type" ON "dossiers" USING btree ("type");--> statement-breakpoint
CREATE INDEX "login_attempts_email_at" ON "login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_at" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "notes_dossier" ON "notes" USING btree ("demand_number","created_at");--> statement-breakpoint
CREATE INDEX "status_history_dossier" ON "status_history" USING btree ("demand_number","at");--> statement-breakpoint
CREATE INDEX "status_history_at" ON "status_history" USING btree ("at");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_dossier" ON "outbox" USING btree ("demand_number","id");--> statement-breakpoint
CREATE INDEX "uploads_created" ON "uploads" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "quotes_dossier" ON "quotes" USING btree ("demand_number");--> statement-breakpoint
CREATE INDEX "quotes_sent" ON "quotes" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "quarantine_source" ON "quarantine" USING btree ("source");--> statement-breakpoint
CREATE INDEX "push_signatures_at" ON "push_signatures" USING btree ("at");--> statement-breakpoint
CREATE INDEX "price_list_label" ON "price_list" USING btree ("label");--> statement-breakpoint
CREATE UNIQUE INDEX "events_change" ON "events" USING btree ("change_key");--> statement-breakpoint
CREATE INDEX "events_at" ON "events" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once" ON "notifications" USING btree ("user_id","event_id");--> statement-breakpoint
CREATE INDEX "notifications_unread" ON "notifications" USING btree ("user_id","in_app","read_at");--> statement-breakpoint
CREATE INDEX "notifications_mail" ON "notifications" USING btree ("email","user_id");