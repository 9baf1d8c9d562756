CREATE TABLE "centres" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"base_url" text NOT NULL,
	"client_id" text NOT NULL,
	"secret_sealed" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "centres_slug_unique" UNIQUE("slug")
);
