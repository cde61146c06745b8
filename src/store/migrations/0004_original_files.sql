-- A web page or a Word document is read through its extracted text: revisions.text holds that
-- text, and statement spans point into it. The file as received is kept here, byte for byte.
-- NULL for plain text and Markdown, whose text is the file itself (the byte-order mark aside).
ALTER TABLE revisions ADD COLUMN original BLOB;
