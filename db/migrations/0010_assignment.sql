ALTER TABLE `dossiers` ADD `assigned_to` integer;--> statement-breakpoint
CREATE INDEX `dossiers_assigned` ON `dossiers` (`assigned_to`);