-- The credit balance history as stored lines: one per adjustment and one per cancellation, in the
-- order they were recorded, each with the balance after it. The first page of a history of a million
-- lines is an index range read, not a sum over the whole ledger; Verify books recomputes every
-- running balance from the amounts.
ALTER TABLE account ADD COLUMN credit_entries INT NOT NULL DEFAULT 0 CHECK (credit_entries >= 0);

CREATE TABLE credit_balance_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT        NOT NULL REFERENCES account (id),
    seq            INT           NOT NULL CHECK (seq >= 1),
    adjustment_id  BIGINT        NOT NULL REFERENCES credit_balance_adjustment (id),
    kind           VARCHAR(12)   NOT NULL CHECK (kind IN ('Adjustment', 'Cancellation')),
    history_type   VARCHAR(24)   NOT NULL
        CHECK (history_type IN ('adjustment', 'from_payment', 'from_invoice', 'applied_to_invoice',
                                'unapplied_from_invoice', 'refund', 'initial')),
    amount         DECIMAL(19, 4) NOT NULL CHECK (amount <> 0),
    balance_after  DECIMAL(19, 4) NOT NULL CHECK (balance_after >= 0),
    entry_date     DATE          NOT NULL,
    created_by_id  BIGINT        NOT NULL REFERENCES app_user (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (account_id, seq),
    UNIQUE (adjustment_id, kind)
);

-- The work queue: accounts with a credit balance and an open invoice.
CREATE INDEX account_credit ON account (credit_balance);
