package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.csv.JournalExport;
import com.settle.domain.MoneyText;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.model.JournalRun;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.ui.journal.JournalViewModel;
import com.settle.ui.journal.RunFailedViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Journal page's model: entries, the currency filter and totals, drill-down, runs made and marked. */
class JournalViewModelTest {

    @TempDir
    Path folder;
    TestBooks books;
    JournalViewModel vm;
    final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        LocalDate nov = LocalDate.of(2026, 11, 2);
        String acme = books.account("Acme", "USD");
        String kyoto = books.account("Kyoto Tea", "JPY");
        books.invoice(acme, nov, "100.00");
        books.invoice(kyoto, nov, "5000");
        books.payment(acme, "40.00", nov);
        vm = new JournalViewModel(new InlineRunner(), books.clerk().journal(), books.clerk().closing(),
                books.clerk().user(), new MoneyText(Locale.US), TestBooks.TODAY, notices::add);
    }

    @AfterEach
    void balanced() {
        books.assertBalanced();
        books.close();
    }

    @Test
    void showsTheMonthFiltersByCurrencyAndDrillsDown() {
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 1));
        vm.refresh();
        assertThat(vm.entries()).hasSize(3);
        assertThat(vm.currencies()).containsExactly(JournalViewModel.ALL, "JPY", "USD");
        assertThat(vm.totalsProperty().get()).isEqualTo("JPY: debits ¥5,000 = credits ¥5,000 (1 entry)   USD:"
                + " debits $140.00 = credits $140.00 (2 entries)");
        assertThat(vm.closedProperty().get()).isEqualTo("The books are open: nothing is closed.");
        vm.currencyProperty().set("USD");
        assertThat(vm.entries()).extracting(e -> e.currency()).containsOnly("USD");
        vm.select(vm.entries().get(0));
        assertThat(vm.records()).extracting(r -> r.number()).containsExactly("INV-00000001");
        vm.groupingProperty().set(Grouping.PERIOD);
        vm.refresh();
        assertThat(vm.entries()).allSatisfy(e -> assertThat(e.date()).isEqualTo(TestBooks.TODAY));
        assertThat(vm.currencyProperty().get()).as("the filter stays").isEqualTo("USD");
    }

    @Test
    void aRunIsMadeExportedAndMarkedFailedWithANote() throws Exception {
        vm.refresh();
        Path file = folder.resolve("run.csv");
        vm.run(file, JournalExport.Format.CSV);
        assertThat(Files.readAllLines(file)).hasSize(4);
        assertThat(notices).last().asString().startsWith("JR-00000001: 3 records written to run.csv");
        JournalRun run = vm.runs().get(0);
        assertThat(run.status()).isEqualTo(JournalRun.PROCESSING);
        RunFailedViewModel form = new RunFailedViewModel();
        assertThat(form.errorProperty().get()).startsWith("Note is required");
        form.noteProperty().set("the ledger refused it");
        boolean[] saved = {false};
        vm.mark(run, false, form.result(), () -> saved[0] = true, notices::add);
        assertThat(saved[0]).isTrue();
        assertThat(vm.runs().get(0).status()).isEqualTo(JournalRun.ERROR);
        assertThat(vm.runs().get(0).note()).isEqualTo("the ledger refused it");
        List<String> refusals = new ArrayList<>();
        vm.mark(vm.runs().get(0), true, null, () -> { }, refusals::add);
        assertThat(refusals).singleElement().asString().contains("is already marked Error");
    }
}
