-- Each account's sums that the accounts and credit balances lists sort by: what its posted documents leave open,
-- how many posted invoices are open and their balance, what stays unapplied on its processed payments. Filled and
-- kept by triggers (com.settle.store.AccountTotals, installed by V20); Verify books recomputes them.
CREATE TABLE account_total (
    account_id           BIGINT PRIMARY KEY REFERENCES account (id),
    open_balance         DECIMAL(21, 4) NOT NULL,
    open_invoices        INT NOT NULL,
    open_invoice_balance DECIMAL(21, 4) NOT NULL,
    unapplied            DECIMAL(21, 4) NOT NULL
);
