CREATE TABLE "dossier_counts" (
	"status_code" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
-- Kept by the database itself, whoever writes: the sync's upsert, Atelier's own writes, a cleanup.
INSERT INTO "dossier_counts" ("status_code", "count") SELECT "status_code", count(*) FROM "dossiers" GROUP BY "status_code";
--> statement-breakpoint
CREATE FUNCTION atelier_dossier_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE dossier_counts SET count = count - 1 WHERE status_code = OLD.status_code;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO dossier_counts (status_code, count) VALUES (NEW.status_code, 1) ON CONFLICT (status_code) DO UPDATE SET count = dossier_counts.count + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dossier_counts_insert_delete AFTER INSERT OR DELETE ON "dossiers" FOR EACH ROW EXECUTE FUNCTION atelier_dossier_counts();
--> statement-breakpoint
CREATE TRIGGER dossier_counts_update AFTER UPDATE OF status_code ON "dossiers" FOR EACH ROW WHEN (OLD.status_code IS DISTINCT FROM NEW.status_code) EXECUTE FUNCTION atelier_dossier_counts();
