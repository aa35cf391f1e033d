package com.settle.support;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test on fresh books: a real H2 file with the default codes and one USD account, {@code acme};
 * after each test Verify books must find nothing, then the file is closed.
 */
public abstract class BooksTest {

    @TempDir
    protected Path folder;
    protected TestBooks books;
    protected String acme;

    @BeforeEach
    void openBooks() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
    }

    @AfterEach
    void verifyBooksAndClose() {
        try {
            books.assertBalanced();
        } finally {
            books.close();
        }
    }
}
