package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AccountSummary;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.ui.accounts.AccountsViewModel;
import com.settle.ui.common.DialogService;
import com.settle.ui.main.MainWindowViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View models over a real database, without a toolkit: the rules behind the screens. */
class ViewModelTest {

    @TempDir
    Path folder;
    TestBooks books;
    final InlineRunner runner = new InlineRunner();
    final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder);
        books.account("Acme Logistics", "USD");
        books.account("Birchwood Dental", "EUR");
        books.account("Acme Japan", "JPY");
    }

    @AfterEach
    void close() {
        books.close();
    }

    @Test
    void listSearchMatchesEveryWordInAnyOrderIgnoringCase() {
        AccountsViewModel model = new AccountsViewModel(runner, books.clerk().accounts(), books.clerk().user(), a -> Optional.empty());
        model.refresh();
        assertThat(model.rows()).hasSize(3);
        assertThat(model.countProperty().get()).isEqualTo("3 rows");
        model.filterProperty().set("acme");
        assertThat(model.rows()).extracting(AccountSummary::name).containsExactly("Acme Logistics", "Acme Japan");
        model.filterProperty().set("JPY   acme");
        assertThat(model.rows()).extracting(AccountSummary::name).containsExactly("Acme Japan");
        assertThat(model.countProperty().get()).isEqualTo("1 of 3 rows");
        model.filterProperty().set("");
        assertThat(model.rows()).hasSize(3);
    }

    @Test
    void refreshShowsWhatWasAddedSince() {
        AccountsViewModel model = new AccountsViewModel(runner, books.clerk().accounts(), books.clerk().user(), a -> Optional.empty());
        model.refresh();
        books.account("Cobalt Analytics", "USD");
        model.refresh();
        assertThat(model.rows()).extracting(AccountSummary::name).contains("Cobalt Analytics");
    }

    @Test
    void verifyBooksReportsBalancedOrEveryDifference() {
        MainWindowViewModel model = new MainWindowViewModel(folder.resolve("books.mv.db"), runner, Locale.US);
        model.setDialogs(new DialogService() {
            @Override
            public void information(String title, String header, String text) {
                dialogs.add("info: " + header + " " + text);
            }

            @Override
            public void error(String title, String header, String text) {
                dialogs.add("error: " + header + " " + text);
            }

            @Override
            public boolean ask(String title, String header, String text, String yes, String no) {
                dialogs.add("ask: " + header + " " + text);
                return true;
            }

            @Override
            public int choose(String title, String header, String text, String usual, String... others) {
                dialogs.add("choose: " + header);
                return 0;
            }
        });
        assertThat(model.titleProperty().get()).isEqualTo("Settle — books.mv.db");
        assertThat(model.openProperty().get()).isFalse();
        model.verifyBooks();
        assertThat(dialogs).isEmpty();
        model.opened(books.admin());
        assertThat(model.openProperty().get()).isTrue();
        model.verifyBooks();
        assertThat(dialogs).singleElement().asString().startsWith("info: The books balance.");
        books.invoice("A-00000001", LocalDate.of(2026, 11, 1), "10.00");
        books.database().dsl().execute("UPDATE document SET balance = 9");
        model.verifyBooks();
        assertThat(dialogs.get(1)).startsWith("error: 1 difference found")
                .contains("document INV-00000001: expected balance (sum of item balances) 10, found 9");

        // Opening books whose totals disagree says so at once, and offers the full report.
        model.opened(books.admin());
        assertThat(dialogs.get(2)).startsWith("ask: The books' totals do not agree totals: posted document balances:"
                + " expected stored total 9 to equal the records', found 10");
        assertThat(dialogs.get(3)).startsWith("error: 1 difference found");
    }
}
