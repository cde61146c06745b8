-- Notifications and the desk's outgoing webhook (issue 17 item 9).
--
-- A notification tells one reviewer that their work changed (assigned, unassigned, gone stale, a
-- query answered, a ruling made...). It is written in the same transaction as the change and
-- never updated: that it was read is a row of notification_reads. Neither table is chained:
-- they are messages about the history (every one points at a chained row), not history.

CREATE TABLE notifications (
    id           INTEGER PRIMARY KEY,
    reviewer     TEXT NOT NULL REFERENCES reviewers(handle),
    kind         TEXT NOT NULL,
    article_id   INTEGER NOT NULL REFERENCES articles(id),
    statement_id INTEGER REFERENCES statements(id),
    query_id     INTEGER REFERENCES queries(id),
    message      TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX notifications_by_reviewer ON notifications(reviewer, id);

-- At most one read mark per notification, by its reviewer.
CREATE TABLE notification_reads (
    notification_id INTEGER PRIMARY KEY REFERENCES notifications(id),
    read_by         TEXT NOT NULL REFERENCES reviewers(handle),
    read_at         TEXT NOT NULL
);

-- The desk's webhook: one row at most. A credential, not history (like reviewer_passwords):
-- replaced when set again, deleted when turned off; the secret signs each delivery.
CREATE TABLE webhook_settings (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    url    TEXT NOT NULL,
    secret TEXT NOT NULL,
    set_by TEXT NOT NULL REFERENCES reviewers(handle),
    set_at TEXT NOT NULL
);

-- The outbox: one row per event to POST, written in the transaction of the write that caused
-- it, delivered after commit. Each attempt is a row; a delivery's state is computed from them.
CREATE TABLE webhook_deliveries (
    id         INTEGER PRIMARY KEY,
    url        TEXT NOT NULL,
    event      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- The deliverer looks only at recent deliveries (workflow::DELIVERY_HORIZON).
CREATE INDEX webhook_deliveries_by_time ON webhook_deliveries(created_at);

CREATE TABLE webhook_attempts (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries(id),
    attempt     INTEGER NOT NULL,
    at          TEXT NOT NULL,
    outcome     TEXT NOT NULL,       -- delivered | failed | dropped
    status      INTEGER,             -- the receiver's HTTP status, when it answered
    error       TEXT,                -- what went wrong, when it did
    UNIQUE (delivery_id, attempt)
);

CREATE TRIGGER notifications_append_only_u BEFORE UPDATE ON notifications BEGIN SELECT RAISE(ABORT, 'notifications are append-only'); END;
CREATE TRIGGER notifications_append_only_d BEFORE DELETE ON notifications BEGIN SELECT RAISE(ABORT, 'notifications are append-only'); END;
CREATE TRIGGER notification_reads_append_only_u BEFORE UPDATE ON notification_reads BEGIN SELECT RAISE(ABORT, 'notification reads are append-only'); END;
CREATE TRIGGER notification_reads_append_only_d BEFORE DELETE ON notification_reads BEGIN SELECT RAISE(ABORT, 'notification reads are append-only'); END;
CREATE TRIGGER webhook_deliveries_append_only_u BEFORE UPDATE ON webhook_deliveries BEGIN SELECT RAISE(ABORT, 'webhook deliveries are append-only'); END;
CREATE TRIGGER webhook_deliveries_append_only_d BEFORE DELETE ON webhook_deliveries BEGIN SELECT RAISE(ABORT, 'webhook deliveries are append-only'); END;
CREATE TRIGGER webhook_attempts_append_only_u BEFORE UPDATE ON webhook_attempts BEGIN SELECT RAISE(ABORT, 'webhook attempts are append-only'); END;
CREATE TRIGGER webhook_attempts_append_only_d BEFORE DELETE ON webhook_attempts BEGIN SELECT RAISE(ABORT, 'webhook attempts are append-only'); END;
