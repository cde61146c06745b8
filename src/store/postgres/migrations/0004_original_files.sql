-- Twin of ../../migrations/0004_original_files.sql: the file as received, byte for byte.
ALTER TABLE revisions ADD COLUMN original BYTEA;
