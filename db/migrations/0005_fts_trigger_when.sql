-- "AFTER UPDATE OF" fires whenever a column is in the SET list, changed or not, and the sync's upsert sets
-- them all: re-index only when a searched column really changed.
DROP TRIGGER IF EXISTS `dossiers_fts_au`;
--> statement-breakpoint
CREATE TRIGGER `dossiers_fts_au` AFTER UPDATE OF demand_number, serial_number, imei_number, ean, part_number, client_name, client_mail ON `dossiers`
WHEN old.demand_number IS NOT new.demand_number OR old.serial_number IS NOT new.serial_number OR old.imei_number IS NOT new.imei_number
  OR old.ean IS NOT new.ean OR old.part_number IS NOT new.part_number OR old.client_name IS NOT new.client_name OR old.client_mail IS NOT new.client_mail
BEGIN
  INSERT INTO dossiers_fts(dossiers_fts, rowid, demand_number, serial_number, imei_number, ean, part_number, client_name, client_mail)
  VALUES ('delete', old.rowid, old.demand_number, old.serial_number, old.imei_number, old.ean, old.part_number, old.client_name, old.client_mail);
  INSERT INTO dossiers_fts(rowid, demand_number, serial_number, imei_number, ean, part_number, client_name, client_mail)
  VALUES (new.rowid, new.demand_number, new.serial_number, new.imei_number, new.ean, new.part_number, new.client_name, new.client_mail);
END;
