ALTER TABLE `users` ADD `session_secret` text DEFAULT '' NOT NULL;
--> statement-breakpoint
-- Every existing user gets a secret of their own: the sessions opened before the upgrade carry none and end.
UPDATE `users` SET `session_secret` = lower(hex(randomblob(32)));
