package com.settle.ui.imports;

import com.settle.service.ImportService;
import com.settle.service.ImportService.Options;
import com.settle.service.ImportService.Report;
import java.nio.file.Path;

/** What File &gt; Import can bring in, and which service reads it. */
public enum ImportKind {
    ACCOUNTS("Import accounts"),
    DOCUMENTS("Import invoices and debit memos"),
    PAYMENTS("Import payments"),
    CREDIT_BALANCES("Import opening credit balances");

    private final String title;

    ImportKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Checks (a dry run) or imports the file. */
    public Report run(ImportService imports, Path file, Options options) {
        return switch (this) {
            case ACCOUNTS -> imports.accounts(file, options);
            case DOCUMENTS -> imports.documents(file, options);
            case PAYMENTS -> imports.payments(file, options);
            case CREDIT_BALANCES -> imports.creditBalances(file, options);
        };
    }
}
