-- Settings > Reason codes and Accounting codes: one default per transaction type (reason codes) and
-- per category (accounting codes), held by the database itself: a generated column carries the type
-- only on the default row, and a UNIQUE constraint over it allows many NULLs but one default per type.
ALTER TABLE reason_code_type ADD COLUMN default_type VARCHAR(32)
    GENERATED ALWAYS AS (CASE WHEN is_default THEN transaction_type END);
ALTER TABLE reason_code_type ADD CONSTRAINT one_default_reason_code UNIQUE (default_type);

ALTER TABLE accounting_code ADD COLUMN is_default BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE accounting_code ADD COLUMN default_category VARCHAR(32)
    GENERATED ALWAYS AS (CASE WHEN is_default THEN category END);
ALTER TABLE accounting_code ADD CONSTRAINT one_default_accounting_code UNIQUE (default_category);

-- A new database can record adjustments, refunds and unapplications before anyone edits the lists
-- (Zuora ships the same "Standard Adjustment" kind of defaults). They may be renamed, replaced as the
-- default, or deactivated like any other code.
INSERT INTO reason_code (code, name) VALUES
    ('Standard Adjustment', 'Standard credit balance adjustment'),
    ('Standard Refund', 'Standard refund'),
    ('Standard Unapplication', 'Standard unapplication'),
    ('Standard Payment', 'Standard payment');
INSERT INTO reason_code_type (reason_code, transaction_type, is_default) VALUES
    ('Standard Adjustment', 'CreditBalanceAdjustment', TRUE),
    ('Standard Refund', 'Refund', TRUE),
    ('Standard Unapplication', 'Unapplication', TRUE),
    ('Standard Payment', 'Payment', TRUE);
