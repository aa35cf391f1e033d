-- Settle's whole model (design.md). Amounts are DECIMAL(19,4): 15 integer digits, enough for any
-- 16-character amount, and 4 decimals, enough for every ISO 4217 currency Settle accepts (at most 3).
-- The number of decimals a row may use comes from its account's currency; the services refuse more
-- and Verify books checks it.

-- Gapless, transactional document numbers (A-00000001, INV-00000001, ...). A sequence would leave
-- holes after a rollback; a counter row updated in the use case's transaction does not.
CREATE TABLE number_counter (
    prefix      VARCHAR(8)  NOT NULL PRIMARY KEY,
    last_value  BIGINT      NOT NULL DEFAULT 0 CHECK (last_value >= 0)
);
INSERT INTO number_counter (prefix) VALUES ('A'), ('INV'), ('DM'), ('P'), ('R'), ('CBA');

-- Users, roles and what each role may do. Services check permissions against these rows.
CREATE TABLE app_role (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL
);
CREATE TABLE role_permission (
    role_code   VARCHAR(32)  NOT NULL REFERENCES app_role (code),
    permission  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (role_code, permission)
);
CREATE TABLE app_user (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(32)  NOT NULL UNIQUE,
    display_name VARCHAR(100) NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE user_role (
    user_id     BIGINT      NOT NULL REFERENCES app_user (id),
    role_code   VARCHAR(32) NOT NULL REFERENCES app_role (code),
    PRIMARY KEY (user_id, role_code)
);

INSERT INTO app_role (code, name) VALUES
    ('Administrator', 'Administrator'),
    ('Clerk', 'Finance clerk'),
    ('Viewer', 'Read only');
INSERT INTO role_permission (role_code, permission)
SELECT r.code, p.permission
FROM app_role r
CROSS JOIN (VALUES
    ('ACCOUNT_EDIT'), ('DOCUMENT_EDIT'), ('DOCUMENT_POST'), ('DOCUMENT_CANCEL'),
    ('PAYMENT_CREATE'), ('PAYMENT_APPLY'), ('PAYMENT_UNAPPLY'), ('PAYMENT_REFUND'),
    ('PAYMENT_TRANSFER'), ('PAYMENT_CANCEL'),
    ('CREDIT_BALANCE_ADJUSTMENT_CREATE'), ('CREDIT_BALANCE_ADJUSTMENT_CANCEL'),
    ('CREDIT_BALANCE_APPLY'), ('CREDIT_BALANCE_REFUND'),
    ('IMPORT'), ('JOURNAL_EXPORT')) AS p (permission)
WHERE r.code IN ('Administrator', 'Clerk');
INSERT INTO role_permission (role_code, permission) VALUES ('Administrator', 'SETTINGS_EDIT');

INSERT INTO app_user (username, display_name) VALUES ('admin', 'Administrator'), ('clerk', 'Finance clerk');
INSERT INTO user_role (user_id, role_code)
    SELECT id, 'Administrator' FROM app_user WHERE username = 'admin';
INSERT INTO user_role (user_id, role_code)
    SELECT id, 'Clerk' FROM app_user WHERE username = 'clerk';

-- Application-wide settings (default application rule, ...).
CREATE TABLE app_setting (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(255) NOT NULL
);
INSERT INTO app_setting (name, setting_value) VALUES ('default_application_rule', 'FIFO');

-- Managed lists. A code in use cannot be deleted (foreign keys), only deactivated.
CREATE TABLE reason_code (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);
-- Which transaction types a reason code applies to, and the one default per type.
CREATE TABLE reason_code_type (
    reason_code      VARCHAR(32) NOT NULL REFERENCES reason_code (code),
    transaction_type VARCHAR(32) NOT NULL
        CHECK (transaction_type IN ('CreditBalanceAdjustment', 'Refund', 'Payment', 'Unapplication')),
    is_default       BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (reason_code, transaction_type)
);

CREATE TABLE accounting_code (
    code        VARCHAR(100) NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    category    VARCHAR(32)  NOT NULL
        CHECK (category IN ('Cash', 'AccountsReceivable', 'Revenue', 'CustomerCashOnAccount', 'Other')),
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    number        VARCHAR(20)  NOT NULL UNIQUE,
    name          VARCHAR(255) NOT NULL,
    currency      CHAR(3)      NOT NULL,
    status        VARCHAR(10)  NOT NULL DEFAULT 'Active' CHECK (status IN ('Active', 'Inactive')),
    contact_name  VARCHAR(100),
    email         VARCHAR(255),
    phone         VARCHAR(40),
    address       VARCHAR(500),
    -- Kept in step with the credit balance history by the services; Verify books checks it
    -- against the sum of processed adjustments. The CHECK makes a negative balance impossible.
    credit_balance DECIMAL(19, 4) NOT NULL DEFAULT 0 CHECK (credit_balance >= 0),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INT          NOT NULL DEFAULT 0
);

-- Invoices and debit memos.
CREATE TABLE document (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_type      VARCHAR(10)  NOT NULL CHECK (doc_type IN ('Invoice', 'DebitMemo')),
    number        VARCHAR(20)  NOT NULL UNIQUE,
    account_id    BIGINT       NOT NULL REFERENCES account (id),
    currency      CHAR(3)      NOT NULL,
    document_date DATE         NOT NULL,
    due_date      DATE         NOT NULL,
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('Draft', 'Posted', 'Canceled')),
    amount        DECIMAL(19, 4) NOT NULL,
    balance       DECIMAL(19, 4) NOT NULL,
    comment       VARCHAR(255),
    posted_at     TIMESTAMP WITH TIME ZONE,
    canceled_at   TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CHECK (due_date >= document_date),
    CHECK ((amount >= 0 AND balance >= 0 AND balance <= amount)
        OR (amount < 0 AND balance <= 0 AND balance >= amount)),
    CHECK ((status = 'Posted') = (posted_at IS NOT NULL) OR status = 'Canceled')
);
CREATE INDEX document_account_open ON document (account_id, status, balance);

CREATE TABLE document_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id     BIGINT        NOT NULL REFERENCES document (id),
    ordinal         INT           NOT NULL CHECK (ordinal >= 1),
    charge_name     VARCHAR(100)  NOT NULL,
    description     VARCHAR(255),
    service_start   DATE,
    service_end     DATE,
    quantity        DECIMAL(19, 4) NOT NULL DEFAULT 1,
    unit_price      DECIMAL(19, 6) NOT NULL,
    amount          DECIMAL(19, 4) NOT NULL,
    accounting_code VARCHAR(100)  REFERENCES accounting_code (code),
    UNIQUE (document_id, ordinal),
    CHECK (service_end IS NULL OR service_start IS NULL OR service_end >= service_start)
);
-- An item's open balance, in a narrow row of its own: one application moves up to 150,000 of them,
-- and H2 rewrites every secondary index of a row it updates (document_item has three), which made
-- the balance updates cost as much again as inserting the application's lines. Same CHECK as before.
CREATE TABLE document_item_balance (
    item_id         BIGINT        NOT NULL PRIMARY KEY REFERENCES document_item (id),
    amount          DECIMAL(19, 4) NOT NULL,
    balance         DECIMAL(19, 4) NOT NULL,
    CHECK ((amount >= 0 AND balance >= 0 AND balance <= amount)
        OR (amount < 0 AND balance <= 0 AND balance >= amount))
);

CREATE TABLE payment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    number         VARCHAR(20)  NOT NULL UNIQUE,
    account_id     BIGINT       NOT NULL REFERENCES account (id),
    currency       CHAR(3)      NOT NULL,
    amount         DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    effective_date DATE         NOT NULL,
    method         VARCHAR(16)  NOT NULL
        CHECK (method IN ('Cash', 'Check', 'BankTransfer', 'Card', 'Other')),
    reference      VARCHAR(100),
    comment        VARCHAR(255),
    status         VARCHAR(10)  NOT NULL CHECK (status IN ('Processed', 'Canceled')),
    -- The four parts of the amount (design.md, book 1). Kept by the services, recomputed by
    -- Verify books from the lines below.
    applied_amount     DECIMAL(19, 4) NOT NULL DEFAULT 0 CHECK (applied_amount >= 0),
    unapplied_amount   DECIMAL(19, 4) NOT NULL CHECK (unapplied_amount >= 0),
    refunded_amount    DECIMAL(19, 4) NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0),
    transferred_amount DECIMAL(19, 4) NOT NULL DEFAULT 0 CHECK (transferred_amount >= 0),
    created_by_id  BIGINT       NOT NULL REFERENCES app_user (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    canceled_at    TIMESTAMP WITH TIME ZONE,
    version        INT          NOT NULL DEFAULT 0,
    CHECK (amount = applied_amount + unapplied_amount + refunded_amount + transferred_amount)
);
CREATE INDEX payment_account ON payment (account_id, status);

-- One use of a payment on documents at one effective date. Immutable once saved.
CREATE TABLE application (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    payment_id     BIGINT       NOT NULL REFERENCES payment (id),
    effective_date DATE         NOT NULL,
    rule           VARCHAR(10)  NOT NULL CHECK (rule IN ('Manual', 'FIFO', 'Proration')),
    amount         DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    created_by_id  BIGINT       NOT NULL REFERENCES app_user (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE application_document (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES application (id),
    document_id    BIGINT       NOT NULL REFERENCES document (id),
    amount         DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    UNIQUE (application_id, document_id)
);
CREATE TABLE application_item (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_document_id BIGINT NOT NULL REFERENCES application_document (id),
    document_item_id        BIGINT NOT NULL REFERENCES document_item (id),
    amount                  DECIMAL(19, 4) NOT NULL CHECK (amount > 0)
);
-- No UNIQUE (application_document_id, document_item_id) and no extra index on document_item_id:
-- H2 already keeps one index per foreign key, and every further index is another write per line
-- (an application can carry 150,000 lines). The service builds one line per item (a map keyed by
-- item), so a repeated item cannot arise from it.

-- An unapplication reverses an application in whole or in part, at its own effective date.
CREATE TABLE unapplication (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES application (id),
    effective_date DATE         NOT NULL,
    amount         DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    reason_code    VARCHAR(32)  REFERENCES reason_code (code),
    comment        VARCHAR(255),
    created_by_id  BIGINT       NOT NULL REFERENCES app_user (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE unapplication_document (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    unapplication_id        BIGINT NOT NULL REFERENCES unapplication (id),
    application_document_id BIGINT NOT NULL REFERENCES application_document (id),
    amount                  DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    UNIQUE (unapplication_id, application_document_id)
);
CREATE TABLE unapplication_item (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    unapplication_document_id BIGINT NOT NULL REFERENCES unapplication_document (id),
    application_item_id       BIGINT NOT NULL REFERENCES application_item (id),
    amount                    DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    UNIQUE (unapplication_document_id, application_item_id)
);

-- Money paid back to the account: from a payment's unapplied amount or from the credit balance.
CREATE TABLE refund (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    number        VARCHAR(20)  NOT NULL UNIQUE,
    account_id    BIGINT       NOT NULL REFERENCES account (id),
    source        VARCHAR(16)  NOT NULL CHECK (source IN ('Payment', 'CreditBalance')),
    payment_id    BIGINT       REFERENCES payment (id),
    amount        DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    refund_date   DATE         NOT NULL,
    method        VARCHAR(16)  NOT NULL
        CHECK (method IN ('Cash', 'Check', 'BankTransfer', 'Card', 'Other')),
    reference     VARCHAR(100),
    reason_code   VARCHAR(32)  REFERENCES reason_code (code),
    comment       VARCHAR(255),
    created_by_id BIGINT       NOT NULL REFERENCES app_user (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((source = 'Payment') = (payment_id IS NOT NULL))
);

-- CreditBalanceAdjustment, field for field as in the seed's table. history_type is the Stripe-style
-- type of its history line; the cancellation of an adjustment is a line of its own in the history.
CREATE TABLE credit_balance_adjustment (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    number                    VARCHAR(255) NOT NULL UNIQUE,
    type                      VARCHAR(8)   NOT NULL CHECK (type IN ('Increase', 'Decrease')),
    amount                    DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    account_id                BIGINT       NOT NULL REFERENCES account (id),
    source_transaction_type   VARCHAR(10)  NOT NULL
        CHECK (source_transaction_type IN ('Invoice', 'Payment', 'Refund', 'Adjustment')),
    source_transaction_id     BIGINT,
    source_transaction_number VARCHAR(50),
    reference_id              VARCHAR(60),
    history_type              VARCHAR(24)  NOT NULL
        CHECK (history_type IN ('adjustment', 'from_payment', 'from_invoice', 'applied_to_invoice',
                                'refund', 'initial')),
    reason_code               VARCHAR(32)  NOT NULL REFERENCES reason_code (code),
    accounting_code           VARCHAR(100) REFERENCES accounting_code (code),
    comment                   VARCHAR(255),
    adjustment_date           DATE         NOT NULL,
    status                    VARCHAR(9)   NOT NULL CHECK (status IN ('Processed', 'Canceled')),
    cancelled_on              TIMESTAMP WITH TIME ZONE,
    transferred_to_accounting VARCHAR(10)  NOT NULL DEFAULT 'Processing'
        CHECK (transferred_to_accounting IN ('Processing', 'Yes', 'Error', 'Ignore')),
    created_by_id             BIGINT       NOT NULL REFERENCES app_user (id),
    created_date              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by_id             BIGINT       NOT NULL REFERENCES app_user (id),
    updated_date              TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((status = 'Canceled') = (cancelled_on IS NOT NULL)),
    CHECK (type = 'Increase' OR history_type IN ('adjustment', 'applied_to_invoice', 'refund')),
    CHECK (type = 'Decrease' OR history_type IN ('adjustment', 'from_payment', 'from_invoice', 'initial'))
);
CREATE INDEX cba_account ON credit_balance_adjustment (account_id, created_date);

-- How a credit balance adjustment that touches an invoice (applied_to_invoice, from_invoice) was
-- split over the invoice's items.
CREATE TABLE credit_balance_adjustment_item (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    adjustment_id     BIGINT       NOT NULL REFERENCES credit_balance_adjustment (id),
    document_item_id  BIGINT       NOT NULL REFERENCES document_item (id),
    amount            DECIMAL(19, 4) NOT NULL CHECK (amount > 0),
    UNIQUE (adjustment_id, document_item_id)
);
CREATE INDEX cba_item_item ON credit_balance_adjustment_item (document_item_id);
