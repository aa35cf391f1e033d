package com.settle.store;

/**
 * Where a list's search changes how it reads the rows (see {@link RecordSearch} and {@link ListWhere}): each way
 * gives the same rows, and a test with small limits proves it on a small file.
 *
 * @param mostAccounts more accounts than this with the word: their rows are tested one by one, not read by id
 * @param mostIds more rows than this found by the indexed parts of a word: the word is looked for in every column
 * @param few at most this many rows found by a search that tests rows: a page reads them by id and sorts them
 * @param walk a page of such a search that ends past this many rows walks no more along the list's order: it
 *             reads all the rows found by the indexes and sorts them
 */
record SearchLimits(int mostAccounts, int mostIds, int few, int walk) {

    /**
     * The accounts are few (a common name is on hundreds: a tenth of the table); 20,000 rows by id is a quick
     * lookup; a thousand rows in 500,000 fill a page of 50 within about 25,000 rows read along the list's order,
     * where sorting 10,000 rows read one by one by id takes half a second; the last page of 62,569 rows found
     * walks 500,000 rows (3 s) where reading them all by the index and sorting them takes a quarter of a second.
     */
    static final SearchLimits USUAL = new SearchLimits(100, 20_000, 1_000, 1_000);
}
