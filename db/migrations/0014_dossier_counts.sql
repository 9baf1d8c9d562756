CREATE TABLE `dossier_counts` (
	`status_code` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
-- Kept by the database itself, whoever writes: the sync's upsert, Atelier's own writes, a cleanup.
INSERT INTO `dossier_counts` (`status_code`, `count`) SELECT `status_code`, count(*) FROM `dossiers` GROUP BY `status_code`;
--> statement-breakpoint
CREATE TRIGGER `dossier_counts_insert` AFTER INSERT ON `dossiers` BEGIN
  INSERT INTO dossier_counts (status_code, count) VALUES (new.status_code, 1) ON CONFLICT (status_code) DO UPDATE SET count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dossier_counts_delete` AFTER DELETE ON `dossiers` BEGIN
  UPDATE dossier_counts SET count = count - 1 WHERE status_code = old.status_code;
END;
--> statement-breakpoint
CREATE TRIGGER `dossier_counts_update` AFTER UPDATE OF status_code ON `dossiers` WHEN old.status_code IS NOT new.status_code BEGIN
  UPDATE dossier_counts SET count = count - 1 WHERE status_code = old.status_code;
  INSERT INTO dossier_counts (status_code, count) VALUES (new.status_code, 1) ON CONFLICT (status_code) DO UPDATE SET count = count + 1;
END;
