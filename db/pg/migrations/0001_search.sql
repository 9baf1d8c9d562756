-- Search as SQLite's FTS5 does it (db/migrations/0002): the identifiers a technician types or scans, names
-- and mails, whatever the case and accents, each word matched by its beginning. The words are kept in one
-- column, " hélène lefevre r58n123abc … " made " helene lefevre r58n123abc ", so that a word's beginning is
-- " " + what was typed, found through a trigram index.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "search_doc" text DEFAULT ' ' NOT NULL;
--> statement-breakpoint
CREATE FUNCTION atelier_search_doc() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_doc := ' ' || btrim(regexp_replace(lower(unaccent(concat_ws(' ', NEW.demand_number, NEW.serial_number, NEW.imei_number, NEW.ean,
    NEW.part_number, NEW.client_name, NEW.client_mail))), '[^[:alnum:]]+', ' ', 'g')) || ' ';
  RETURN NEW;
END $$;
--> statement-breakpoint
-- Only when a searched column is written: the sync's upsert touches last_seen_at on every dossier.
CREATE TRIGGER dossiers_search_doc BEFORE INSERT OR UPDATE OF demand_number, serial_number, imei_number, ean, part_number, client_name, client_mail
  ON "dossiers" FOR EACH ROW EXECUTE FUNCTION atelier_search_doc();
--> statement-breakpoint
CREATE INDEX "dossiers_search" ON "dossiers" USING gin ("search_doc" gin_trgm_ops);
--> statement-breakpoint
-- Exact look-ups for a scan (serial and tracking number whatever the case, IMEI, EAN).
CREATE INDEX "dossiers_serial_lower" ON "dossiers" (lower("serial_number"));
--> statement-breakpoint
CREATE INDEX "dossiers_tracking_lower" ON "dossiers" (lower("tracking_number"));
--> statement-breakpoint
CREATE INDEX "dossiers_imei" ON "dossiers" ("imei_number");
--> statement-breakpoint
CREATE INDEX "dossiers_ean" ON "dossiers" ("ean");
