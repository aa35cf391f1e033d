-- The tamper-evident chain over saved history (issue 15). Each entry covers a run of rows of one kind
-- (payments, applications and their lines, unapplications, refunds, adjustments, credit balance lines,
-- import batches) or of one kind of event (a payment or document canceled, a document posted, an import
-- undone): the digest of those rows' fixed columns, and a hash over the previous entry's hash and that
-- digest. Written in the transaction that wrote the rows; Verify books recomputes it from the rows.
CREATE TABLE history_chain (
    seq        BIGINT       NOT NULL PRIMARY KEY CHECK (seq >= 1),
    kind       VARCHAR(32)  NOT NULL,
    first_id   BIGINT       NOT NULL,
    last_id    BIGINT       NOT NULL,
    row_count  INT          NOT NULL CHECK (row_count >= 1),
    row_digest CHAR(64)     NOT NULL,
    chain_hash CHAR(64)     NOT NULL,
    CHECK (last_id >= first_id)
);
CREATE INDEX history_chain_kind ON history_chain (kind, first_id);

-- Where the chain stands: kind '*' holds the number of entries and the last hash; each other row, the
-- last id chained of a kind whose rows are only added. Write transactions lock these rows first, so the
-- chain grows one transaction at a time. A copy for speed: Verify books checks it against the chain.
CREATE TABLE history_chain_head (
    kind       VARCHAR(32)  NOT NULL PRIMARY KEY,
    last_id    BIGINT       NOT NULL,
    chain_hash CHAR(64)
);
