-- The payments and documents lists are read a page at a time in their own order (newest first): these indexes
-- give that order without sorting the whole table for every page (issue 19: 500,000 payments, 600,000
-- documents).
CREATE INDEX payment_list_order ON payment (effective_date DESC, number DESC);
CREATE INDEX document_list_order ON document (document_date DESC, number DESC);
