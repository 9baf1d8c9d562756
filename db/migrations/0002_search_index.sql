-- Full-text search over the identifiers a technician types or scans, and names and mails.
-- unicode61 with remove_diacritics: "helene" finds "Hélène", and case never matters.
CREATE VIRTUAL TABLE `dossiers_fts` USING fts5(
  demand_number, serial_number, imei_number, ean, part_number, client_name, client_mail,
  content='dossiers', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `dossiers_fts_ai` AFTER INSERT ON `dossiers` BEGIN
  INSERT INTO dossiers_fts(rowid, demand_number, serial_number, imei_number, ean, part_number, client_name, client_mail)
  VALUES (new.rowid, new.demand_number, new.serial_number, new.imei_number, new.ean, new.part_number, new.client_name, new.client_mail);
END;
--> statement-breakpoint
CREATE TRIGGER `dossiers_fts_ad` AFTER DELETE ON `dossiers` BEGIN
  INSERT INTO dossiers_fts(dossiers_fts, rowid, demand_number, serial_number, imei_number, ean, part_number, client_name, client_mail)
  VALUES ('delete', old.rowid, old.demand_number, old.serial_number, old.imei_number, old.ean, old.part_number, old.client_name, old.client_mail);
END;
--> statement-breakpoint
-- Only when a searched column changes: the sync touches last_seen_at on every dossier, every run.
CREATE TRIGGER `dossiers_fts_au` AFTER UPDATE OF demand_number, serial_number, imei_number, ean, part_number, client_name, client_mail ON `dossiers` BEGIN
  INSERT INTO dossiers_fts(dossiers_fts, rowid, demand_number, serial_number, imei_number, ean, part_number, client_name, client_mail)
  VALUES ('delete', old.rowid, old.demand_number, old.serial_number, old.imei_number, old.ean, old.part_number, old.client_name, old.client_mail);
  INSERT INTO dossiers_fts(rowid, demand_number, serial_number, imei_number, ean, part_number, client_name, client_mail)
  VALUES (new.rowid, new.demand_number, new.serial_number, new.imei_number, new.ean, new.part_number, new.client_name, new.client_mail);
END;
--> statement-breakpoint
-- Exact look-ups for a scan (serial, IMEI, EAN, whatever the case).
CREATE INDEX `dossiers_serial_nocase` ON `dossiers` (`serial_number` COLLATE NOCASE);
--> statement-breakpoint
CREATE INDEX `dossiers_imei` ON `dossiers` (`imei_number`);
--> statement-breakpoint
CREATE INDEX `dossiers_ean` ON `dossiers` (`ean`);
