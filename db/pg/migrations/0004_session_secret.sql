ALTER TABLE "users" ADD COLUMN "session_secret" text DEFAULT '' NOT NULL;
--> statement-breakpoint
-- Every existing user gets a secret of their own: the sessions opened before the upgrade carry none and end.
UPDATE "users" SET "session_secret" = replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '');
