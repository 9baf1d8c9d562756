CREATE TABLE `dossier_due_counts` (
	`status_code` text NOT NULL,
	`due_day` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`status_code`, `due_day`)
);
--> statement-breakpoint
-- Kept by the database itself, as dossier_counts: whoever writes a status or a due time moves its day's count.
INSERT INTO `dossier_due_counts` (`status_code`, `due_day`, `count`) SELECT `status_code`, `due_at` / 86400000, count(*) FROM `dossiers` WHERE `due_at` IS NOT NULL GROUP BY 1, 2;
--> statement-breakpoint
CREATE TRIGGER `dossier_due_counts_insert` AFTER INSERT ON `dossiers` WHEN new.due_at IS NOT NULL BEGIN
  INSERT INTO dossier_due_counts (status_code, due_day, count) VALUES (new.status_code, new.due_at / 86400000, 1)
    ON CONFLICT (status_code, due_day) DO UPDATE SET count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dossier_due_counts_delete` AFTER DELETE ON `dossiers` WHEN old.due_at IS NOT NULL BEGIN
  UPDATE dossier_due_counts SET count = count - 1 WHERE status_code = old.status_code AND due_day = old.due_at / 86400000;
  DELETE FROM dossier_due_counts WHERE status_code = old.status_code AND due_day = old.due_at / 86400000 AND count <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `dossier_due_counts_update` AFTER UPDATE OF status_code, due_at ON `dossiers`
  WHEN old.status_code IS NOT new.status_code OR old.due_at / 86400000 IS NOT new.due_at / 86400000 BEGIN
  UPDATE dossier_due_counts SET count = count - 1 WHERE old.due_at IS NOT NULL AND status_code = old.status_code AND due_day = old.due_at / 86400000;
  DELETE FROM dossier_due_counts WHERE old.due_at IS NOT NULL AND status_code = old.status_code AND due_day = old.due_at / 86400000 AND count <= 0;
  INSERT INTO dossier_due_counts (status_code, due_day, count) SELECT new.status_code, new.due_at / 86400000, 1 WHERE new.due_at IS NOT NULL
    ON CONFLICT (status_code, due_day) DO UPDATE SET count = count + 1;
END;
