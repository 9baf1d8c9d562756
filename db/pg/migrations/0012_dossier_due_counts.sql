CREATE TABLE "dossier_due_counts" (
	"status_code" text NOT NULL,
	"due_day" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "dossier_due_counts_status_code_due_day_pk" PRIMARY KEY("status_code","due_day")
);
--> statement-breakpoint
-- Kept by the database itself, as dossier_counts: whoever writes a status or a due time moves its day's count.
INSERT INTO "dossier_due_counts" ("status_code", "due_day", "count") SELECT "status_code", "due_at" / 86400000, count(*) FROM "dossiers" WHERE "due_at" IS NOT NULL GROUP BY 1, 2;
--> statement-breakpoint
-- Once per statement, from its transition tables (as atelier_dossier_counts): each (status, day) moves by
-- the net of the rows that left it and joined it, in key order so two writers never deadlock; a count
-- fallen to zero goes.
CREATE FUNCTION atelier_dossier_due_counts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO dossier_due_counts (status_code, due_day, count)
      SELECT status_code, due_at / 86400000, count(*) FROM new_rows WHERE due_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (status_code, due_day) DO UPDATE SET count = dossier_due_counts.count + excluded.count;
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO dossier_due_counts (status_code, due_day, count)
      SELECT status_code, due_at / 86400000, -count(*) FROM old_rows WHERE due_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (status_code, due_day) DO UPDATE SET count = dossier_due_counts.count + excluded.count;
  ELSE
    INSERT INTO dossier_due_counts (status_code, due_day, count)
      SELECT status_code, due_day, sum(n) FROM (
        SELECT o.status_code, o.due_at / 86400000 AS due_day, -1 AS n FROM old_rows o JOIN new_rows w USING (demand_number)
          WHERE o.due_at IS NOT NULL AND (o.status_code IS DISTINCT FROM w.status_code OR o.due_at / 86400000 IS DISTINCT FROM w.due_at / 86400000)
        UNION ALL
        SELECT w.status_code, w.due_at / 86400000, 1 FROM old_rows o JOIN new_rows w USING (demand_number)
          WHERE w.due_at IS NOT NULL AND (o.status_code IS DISTINCT FROM w.status_code OR o.due_at / 86400000 IS DISTINCT FROM w.due_at / 86400000)
      ) m GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
      ON CONFLICT (status_code, due_day) DO UPDATE SET count = dossier_due_counts.count + excluded.count;
  END IF;
  GET DIAGNOSTICS moved = ROW_COUNT;
  IF moved > 0 THEN
    DELETE FROM dossier_due_counts c USING (SELECT DISTINCT status_code, due_at / 86400000 AS due_day FROM old_rows WHERE due_at IS NOT NULL) o
      WHERE c.status_code = o.status_code AND c.due_day = o.due_day AND c.count <= 0;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dossier_due_counts_insert AFTER INSERT ON "dossiers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atelier_dossier_due_counts();
--> statement-breakpoint
CREATE TRIGGER dossier_due_counts_delete AFTER DELETE ON "dossiers" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION atelier_dossier_due_counts();
--> statement-breakpoint
CREATE TRIGGER dossier_due_counts_update AFTER UPDATE ON "dossiers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atelier_dossier_due_counts();
