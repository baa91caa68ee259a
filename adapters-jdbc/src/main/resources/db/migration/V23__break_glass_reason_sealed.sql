-- The break-glass reason may describe a crisis: the application now stores it sealed (AES-256-GCM, "fc1:<key id>:…",
-- bound to the access), longer than its text. Reasons stored before stay readable as they are (plain text).
-- SQL that H2 2.x and PostgreSQL both accept.

ALTER TABLE break_glass ALTER COLUMN reason SET DATA TYPE VARCHAR(4000);
