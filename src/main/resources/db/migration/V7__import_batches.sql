-- Import batches (issue 14): every import is one batch, and every record it creates keeps the batch and
-- its source reference (the file's DocumentNumber, a payment's SourceKey or Reference, ...), so that the
-- same rows imported again are refused, and a whole batch can be undone.
INSERT INTO number_counter (prefix) VALUES ('IB');

CREATE TABLE import_batch (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    number         VARCHAR(20)  NOT NULL UNIQUE,
    kind           VARCHAR(16)  NOT NULL
        CHECK (kind IN ('Accounts', 'Documents', 'Payments', 'CreditBalances')),
    file_name      VARCHAR(255) NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    row_count      INT          NOT NULL CHECK (row_count >= 0),
    created_count  INT          NOT NULL CHECK (created_count >= 0),
    skipped_count  INT          NOT NULL CHECK (skipped_count >= 0),
    status         VARCHAR(10)  NOT NULL CHECK (status IN ('Imported', 'Undone')),
    created_by_id  BIGINT       NOT NULL REFERENCES app_user (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_by_id   BIGINT       REFERENCES app_user (id),
    undone_at      TIMESTAMP WITH TIME ZONE,
    CHECK ((status = 'Undone') = (undone_at IS NOT NULL AND undone_by_id IS NOT NULL))
);
CREATE INDEX import_batch_content ON import_batch (content_sha256, kind);

-- The reference counts while its record does (a canceled payment or document, an inactive account, a
-- canceled adjustment frees it): a generated column carries it only then, and a UNIQUE constraint over
-- it (many NULLs allowed) keeps one live record per account and reference, whoever writes.
ALTER TABLE document ADD COLUMN source_reference VARCHAR(100);
ALTER TABLE document ADD COLUMN import_batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE document ADD COLUMN live_source_reference VARCHAR(100)
    GENERATED ALWAYS AS (CASE WHEN status <> 'Canceled' THEN source_reference END);
ALTER TABLE document ADD CONSTRAINT document_source_once UNIQUE (account_id, live_source_reference);

ALTER TABLE payment ADD COLUMN source_reference VARCHAR(100);
ALTER TABLE payment ADD COLUMN import_batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE payment ADD COLUMN live_source_reference VARCHAR(100)
    GENERATED ALWAYS AS (CASE WHEN status <> 'Canceled' THEN source_reference END);
ALTER TABLE payment ADD CONSTRAINT payment_source_once UNIQUE (account_id, live_source_reference);

ALTER TABLE credit_balance_adjustment ADD COLUMN source_reference VARCHAR(100);
ALTER TABLE credit_balance_adjustment ADD COLUMN import_batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE credit_balance_adjustment ADD COLUMN live_source_reference VARCHAR(100)
    GENERATED ALWAYS AS (CASE WHEN status <> 'Canceled' THEN source_reference END);
ALTER TABLE credit_balance_adjustment ADD CONSTRAINT adjustment_source_once
    UNIQUE (account_id, live_source_reference);

-- An account has no account above it: its reference is unique among active accounts.
ALTER TABLE account ADD COLUMN source_reference VARCHAR(100);
ALTER TABLE account ADD COLUMN import_batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE account ADD COLUMN live_source_reference VARCHAR(100)
    GENERATED ALWAYS AS (CASE WHEN status = 'Active' THEN source_reference END);
ALTER TABLE account ADD CONSTRAINT account_source_once UNIQUE (live_source_reference);
