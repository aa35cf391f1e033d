-- Closing the books (issue 18): the closing date, accounting codes for every side of a movement, write-offs
-- and early-payment discounts, and journal runs. The journal itself is derived from the history; nothing
-- here stores it twice. V14 widens the CHECKs on accounting code and reason code types and guards the new
-- history tables.
INSERT INTO number_counter (prefix) VALUES ('WO'), ('JR');

-- The closing date: the last day of the closed period. Every change is a row of its own, never edited; the
-- newest row is in force (through_date NULL: nothing is closed).
CREATE TABLE closing_date_change (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    through_date   DATE,
    previous_date  DATE,
    reason         VARCHAR(255),
    changed_by_id  BIGINT       NOT NULL REFERENCES app_user (id),
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which accounting code a type posts to (and, for Cash, a payment method's deposit account), from which
-- date. A change takes effect from the day after the closing date, so a closed period's journal keeps the
-- codes it was closed with. The newest row per type (and method) whose date has come is in force.
CREATE TABLE accounting_default_change (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code_type       VARCHAR(32)  NOT NULL,
    method          VARCHAR(16),
    accounting_code VARCHAR(100) REFERENCES accounting_code (code),
    effective_from  DATE         NOT NULL,
    changed_by_id   BIGINT       REFERENCES app_user (id),
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX accounting_default_type ON accounting_default_change (code_type, method, effective_from);

-- What every existing default was, from the beginning.
INSERT INTO accounting_default_change (code_type, accounting_code, effective_from, changed_at)
    SELECT category, code, DATE '1900-01-01', CURRENT_TIMESTAMP FROM accounting_code WHERE is_default;

-- Early-payment discount terms per account: percent off when paid within the days from the document date.
ALTER TABLE account ADD COLUMN discount_percent DECIMAL(5, 2) CHECK (discount_percent > 0 AND discount_percent < 100);
ALTER TABLE account ADD COLUMN discount_days INT CHECK (discount_days >= 0);
ALTER TABLE account ADD CONSTRAINT discount_terms_whole
    CHECK ((discount_percent IS NULL) = (discount_days IS NULL));

-- A write-off settles a document's residual balance without cash (a discount is one kind of it). Its lines
-- say which items it settled; a reversal gives the balance back, at its own date, and is a row of its own.
CREATE TABLE write_off (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(20)  NOT NULL UNIQUE,
    kind            VARCHAR(10)  NOT NULL CHECK (kind IN ('WriteOff', 'Discount')),
    account_id      BIGINT       NOT NULL REFERENCES account (id),
    document_id     BIGINT       NOT NULL REFERENCES document (id),
    currency        CHAR(3)      NOT NULL,
    amount          DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    effective_date  DATE         NOT NULL,
    reason_code     VARCHAR(32)  NOT NULL REFERENCES reason_code (code),
    accounting_code VARCHAR(100) REFERENCES accounting_code (code),
    comment         VARCHAR(255),
    payment_id      BIGINT       REFERENCES payment (id),
    created_by_id   BIGINT       NOT NULL REFERENCES app_user (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX write_off_document ON write_off (document_id);
CREATE INDEX write_off_date ON write_off (effective_date);
CREATE TABLE write_off_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    write_off_id     BIGINT       NOT NULL REFERENCES write_off (id),
    document_item_id BIGINT       NOT NULL REFERENCES document_item (id),
    amount           DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    UNIQUE (write_off_id, document_item_id)
);
CREATE INDEX write_off_item_item ON write_off_item (document_item_id);
CREATE TABLE write_off_reversal (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    write_off_id    BIGINT       NOT NULL UNIQUE REFERENCES write_off (id),
    effective_date  DATE         NOT NULL,
    comment         VARCHAR(255),
    created_by_id   BIGINT       NOT NULL REFERENCES app_user (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A journal run: the records it took to the ledger. Its status moves Processing -> Transferred, or
-- Processing -> Error (its records are then eligible for the next run). A record is in at most one run
-- that is not in Error; the service keeps that and Verify books checks it.
CREATE TABLE journal_run (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    number         VARCHAR(20)  NOT NULL UNIQUE,
    through_date   DATE         NOT NULL,
    status         VARCHAR(12)  NOT NULL CHECK (status IN ('Processing', 'Transferred', 'Error')),
    record_count   INT          NOT NULL CHECK (record_count >= 0),
    note           VARCHAR(255),
    created_by_id  BIGINT       NOT NULL REFERENCES app_user (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_by_id   BIGINT       REFERENCES app_user (id),
    marked_at      TIMESTAMP WITH TIME ZONE,
    CHECK ((status = 'Processing') = (marked_at IS NULL))
);
CREATE TABLE journal_run_record (
    run_id       BIGINT       NOT NULL REFERENCES journal_run (id),
    record_kind  VARCHAR(24)  NOT NULL,
    record_id    BIGINT       NOT NULL,
    PRIMARY KEY (run_id, record_kind, record_id)
);
CREATE INDEX journal_run_record_kind ON journal_run_record (record_kind, record_id);
-- Records a clerk took out of every run (TransferredToAccounting = Ignore).
CREATE TABLE journal_ignore (
    record_kind    VARCHAR(24)  NOT NULL,
    record_id      BIGINT       NOT NULL,
    ignored_by_id  BIGINT       NOT NULL REFERENCES app_user (id),
    ignored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (record_kind, record_id)
);

-- Closing the books and writing off: administrators may; moving the closing date back is its own permission.
INSERT INTO role_permission (role_code, permission)
    SELECT code, p.permission FROM app_role CROSS JOIN (VALUES ('CLOSE_BOOKS'), ('REOPEN_BOOKS'), ('WRITE_OFF'))
        AS p (permission) WHERE code = 'Administrator';
