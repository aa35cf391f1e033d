package com.settle.ui.imports;

import com.settle.service.ImportService.Report;
import com.settle.service.Services;
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

    /** Checks ({@code dryRun}) or imports the file. */
    public Report run(Services s, Path file, boolean dryRun) {
        return switch (this) {
            case ACCOUNTS -> s.imports().accounts(file, dryRun);
            case DOCUMENTS -> s.imports().documents(file, dryRun);
            case PAYMENTS -> s.imports().payments(file, dryRun);
            case CREDIT_BALANCES -> s.imports().creditBalances(file, dryRun);
        };
    }
}
