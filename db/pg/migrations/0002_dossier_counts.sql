CREATE TABLE "dossier_counts" (
	"status_code" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
-- Kept by the database itself, whoever writes: the sync's upsert, Atelier's own writes, a cleanup.
INSERT INTO "dossier_counts" ("status_code", "count") SELECT "status_code", count(*) FROM "dossiers" GROUP BY "status_code";
--> statement-breakpoint
-- Once per statement, from its transition tables: a sync's batch of 500 rows changes each counter once
-- (a row trigger would write the same counter row 500 times, and PostgreSQL keeps every version of it).
CREATE FUNCTION atelier_dossier_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO dossier_counts (status_code, count) SELECT status_code, count(*) FROM new_rows GROUP BY status_code
      ON CONFLICT (status_code) DO UPDATE SET count = dossier_counts.count + excluded.count;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE dossier_counts c SET count = c.count - d.n FROM (SELECT status_code, count(*) AS n FROM old_rows GROUP BY status_code) d WHERE c.status_code = d.status_code;
  ELSE
    UPDATE dossier_counts c SET count = c.count - d.n
      FROM (SELECT o.status_code, count(*) AS n FROM old_rows o JOIN new_rows n USING (demand_number) WHERE o.status_code IS DISTINCT FROM n.status_code GROUP BY o.status_code) d
      WHERE c.status_code = d.status_code;
    INSERT INTO dossier_counts (status_code, count)
      SELECT n.status_code, count(*) FROM old_rows o JOIN new_rows n USING (demand_number) WHERE o.status_code IS DISTINCT FROM n.status_code GROUP BY n.status_code
      ON CONFLICT (status_code) DO UPDATE SET count = dossier_counts.count + excluded.count;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dossier_counts_insert AFTER INSERT ON "dossiers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atelier_dossier_counts();
--> statement-breakpoint
CREATE TRIGGER dossier_counts_delete AFTER DELETE ON "dossiers" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION atelier_dossier_counts();
--> statement-breakpoint
CREATE TRIGGER dossier_counts_update AFTER UPDATE ON "dossiers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atelier_dossier_counts();
