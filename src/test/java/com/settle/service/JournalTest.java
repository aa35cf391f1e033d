package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.csv.JournalExport;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.domain.journal.JournalRecord;
import com.settle.domain.model.AccountingTransfer;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.support.TestBooks;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal: balanced entries by accounting code, derived from the books, stable once closed; runs. */
class JournalTest {

    static final LocalDate SEP = LocalDate.of(2026, 9, 10);
    static final LocalDate OCT = LocalDate.of(2026, 10, 5);
    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    String globex;

    @BeforeEach
    void september() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
        globex = books.account("Globex", "EUR");
        Services s = books.clerk();
        String inv = books.invoice(acme, SEP, "60.00", "40.00");
        String inv2 = books.invoice(acme, SEP, "30.00");
        books.invoice(globex, SEP, "80.00");
        String p = s.payments().record(new NewPaymentCommand(acme, new BigDecimal("150.00"), SEP, PaymentMethod.CARD,
                null, null));
        s.applications().apply(new ApplyCommand(p, SEP, ApplicationRule.FIFO, List.of(), new BigDecimal("90.00"),
                false));
        s.unapplications().unapply(new UnapplyCommand(p, SEP.plusDays(1), List.of(), List.of(), null, null, null));
        s.applications().apply(new ApplyCommand(p, SEP.plusDays(2), ApplicationRule.FIFO, List.of(),
                new BigDecimal("100.00"), false));
        s.payments().refund(new PaymentService.RefundCommand(p, new BigDecimal("10.00"), SEP.plusDays(3),
                PaymentMethod.CHECK, null, null, null, null));
        s.creditBalances().transferFromPayment(new CreditBalanceService.TransferCommand(p, new BigDecimal("25.00"),
                SEP.plusDays(3), null, null, null, null));
        s.creditBalances().adjust(new CreditBalanceService.AdjustCommand(acme, AdjustmentType.INCREASE,
                new BigDecimal("5.00"), "Goodwill", null, null, SEP.plusDays(4)));
        s.creditApplications().applyToInvoice(new ApplyCreditCommand(acme, inv2, new BigDecimal("20.00"),
                SEP.plusDays(5), null, null, null));
        s.creditBalances().refund(new CreditBalanceService.RefundCommand(acme, new BigDecimal("3.00"),
                SEP.plusDays(6), PaymentMethod.CHECK, null, null, null));
        String canceled = books.payment(globex, "12.00", SEP.plusDays(6));
        s.payments().cancel(canceled, null);
        assertThat(inv).isNotNull();
    }

    @AfterEach
    void balanced() {
        books.assertBalanced();
        books.close();
    }

    @Test
    void everyEntryBalancesAndEachCodesTotalIsWhatTheBooksHold() {
        List<JournalEntry> entries = books.clerk().journal().entries(FIRST, TestBooks.TODAY, Grouping.DAY);
        assertThat(entries).isNotEmpty().allSatisfy(e -> {
            assertThat(e.amount()).isPositive();
            assertThat(e.debit()).isNotEqualTo(e.credit());
        });
        assertThat(entries).extracting(JournalEntry::description).contains("Invoices and debit memos posted",
                "Payments received", "Payments applied", "Payments unapplied", "Payments refunded",
                "Payments transferred to credit balance", "Credit balance increased",
                "Credit balance applied to invoices", "Credit balance refunded", "Payments canceled");
        Map<String, BigDecimal> usd = net(entries, "USD");
        var dsl = books.database().dsl();
        BigDecimal receivable = (BigDecimal) dsl.fetchValue("SELECT SUM(d.balance) FROM document d JOIN account a"
                + " ON a.id = d.account_id WHERE d.status = 'Posted' AND a.currency = 'USD'");
        BigDecimal unapplied = (BigDecimal) dsl.fetchValue("SELECT SUM(unapplied_amount) FROM payment"
                + " WHERE status = 'Processed' AND currency = 'USD'");
        BigDecimal credit = (BigDecimal) dsl.fetchValue("SELECT SUM(credit_balance) FROM account"
                + " WHERE currency = 'USD'");
        assertThat(usd.get("1200-AR")).as("receivable").isEqualByComparingTo(receivable);
        assertThat(usd.get("2100-UNAPPLIED").negate()).as("unapplied payments").isEqualByComparingTo(unapplied);
        assertThat(usd.get("2300-CREDIT").negate()).as("credit balances").isEqualByComparingTo(credit);
        assertThat(usd.get("1000-CASH")).as("cash received").isEqualByComparingTo("150.00");
        assertThat(usd.get("1090-REFUNDS")).as("refunds paid").isEqualByComparingTo("-13.00");
        assertThat(usd.get("4000-REVENUE")).as("revenue").isEqualByComparingTo("-130.00");
        assertThat(usd.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
        Map<String, BigDecimal> eur = net(entries, "EUR");
        assertThat(eur.get("1000-CASH")).as("a canceled payment nets to nothing").isEqualByComparingTo("0");
        assertThat(eur.get("1200-AR")).isEqualByComparingTo("80.00");
    }

    @Test
    void aClosedPeriodsJournalNeverChangesByteForByte() throws Exception {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 9, 30);
        books.admin().closing().close(to, null);
        Map<JournalExport.Format, byte[]> before = new HashMap<>();
        for (JournalExport.Format f : JournalExport.Format.values()) {
            Path file = folder.resolve("before-" + f + ".txt");
            books.clerk().journal().export(file, f, from, to, Grouping.DAY);
            before.put(f, Files.readAllBytes(file));
        }
        // Later activity: new records, a cancellation of September's adjustment, a new default cash code.
        Services s = books.clerk();
        String p = books.payment(acme, "40.00", OCT);
        s.applications().apply(new ApplyCommand(p, OCT, ApplicationRule.FIFO, List.of(), new BigDecimal("10.00"),
                false));
        String adjustment = books.database().dsl().fetchValue("SELECT number FROM credit_balance_adjustment"
                + " WHERE history_type = 'adjustment'").toString();
        s.creditBalances().cancel(adjustment);
        books.admin().codes().addAccountingCode("1010-BANK2", "Second bank", "Cash");
        books.admin().codes().saveAccountingCode("1010-BANK2", "Second bank", "Cash", true, false);
        for (JournalExport.Format f : JournalExport.Format.values()) {
            Path file = folder.resolve("after-" + f + ".txt");
            books.clerk().journal().export(file, f, from, to, Grouping.DAY);
            assertThat(Files.readAllBytes(file)).as(f.name()).isEqualTo(before.get(f));
        }
        List<JournalEntry> october = s.journal().entries(LocalDate.of(2026, 10, 1), TestBooks.TODAY, Grouping.PERIOD);
        assertThat(october).anySatisfy(e -> {
            assertThat(e.debit()).isEqualTo("1010-BANK2");
            assertThat(e.amount()).isEqualByComparingTo("40.00");
        });
        assertThat(october).extracting(JournalEntry::description).contains("Credit balance increases canceled");
    }

    @Test
    void anIifExportBalancesEveryTransactionAndADrillDownAddsUpToItsEntry() throws Exception {
        Path iif = folder.resolve("sep.iif");
        books.clerk().journal().export(iif, JournalExport.Format.IIF, FIRST, TestBooks.TODAY, Grouping.PERIOD);
        BigDecimal open = BigDecimal.ZERO;
        int transactions = 0;
        for (String line : Files.readAllLines(iif)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("TRNS") || f[0].equals("SPL")) {
                open = open.add(new BigDecimal(f[5]));
            } else if (f[0].equals("ENDTRNS")) {
                assertThat(open).as("transaction " + transactions).isEqualByComparingTo("0");
                transactions++;
            }
        }
        List<JournalEntry> entries = books.clerk().journal().entries(FIRST, TestBooks.TODAY, Grouping.PERIOD);
        assertThat(transactions).isEqualTo(entries.size());
        for (JournalEntry e : entries) {
            List<JournalRecord> records = books.clerk().journal().records(e, FIRST, TestBooks.TODAY, Grouping.PERIOD);
            BigDecimal sum = records.stream().map(JournalRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum.abs()).as(e.description()).isEqualByComparingTo(e.amount());
        }
    }

    @Test
    void aRunSaysHowFarItIsAndCanceledMakesNoRunAndChangesNoRecord() {
        var journal = books.clerk().journal();
        List<Double> steps = new ArrayList<>();
        assertThatThrownBy(() -> journal.run(LocalDate.of(2026, 9, 30), null, null, steps::add, () -> steps.size() >= 5))
                .isInstanceOf(JournalService.Canceled.class).hasMessageContaining("no run was made");
        assertThat(steps).hasSize(5).isSorted().allMatch(p -> p > 0 && p < 1);
        assertThat(journal.runs()).isEmpty();
        assertThat(books.database().dsl().fetchValue("SELECT COUNT(*) FROM journal_run_record")).isEqualTo(0L);
        List<Double> whole = new ArrayList<>();
        JournalService.RunResult run = journal.run(LocalDate.of(2026, 9, 30), null, null, whole::add, () -> false);
        assertThat(run.number()).as("the canceled run left no number used").isEqualTo("JR-00000001");
        assertThat(whole).isSorted().last().isEqualTo(1.0);
        assertThat(run.records()).isPositive();
    }

    @Test
    void aRunTakesEachRecordOnceAnErrorMakesThemEligibleAgainAndACancellationGoesToTheNextRun() throws Exception {
        var journal = books.clerk().journal();
        Path file = folder.resolve("run1.csv");
        JournalService.RunResult first = journal.run(LocalDate.of(2026, 9, 30), file, JournalExport.Format.CSV);
        assertThat(first.number()).isEqualTo("JR-00000001");
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(String.join(",", JournalExport.CSV_COLUMNS));
        assertThatThrownBy(() -> journal.run(LocalDate.of(2026, 9, 30), null, null))
                .hasMessageContaining("Nothing to transfer");
        assertThatThrownBy(() -> journal.mark(first.number(), false, " ")).hasMessageContaining("Note is required");
        journal.mark(first.number(), false, "the ledger refused the file");
        JournalService.RunResult second = journal.run(LocalDate.of(2026, 9, 30), null, null);
        assertThat(second.records()).isEqualTo(first.records());
        assertThat(second.entries()).isEqualTo(first.entries());
        journal.mark(second.number(), true, null);
        assertThatThrownBy(() -> journal.mark(second.number(), false, "again")).hasMessageContaining("already marked");
        String adjustment = books.database().dsl().fetchValue("SELECT number FROM credit_balance_adjustment"
                + " WHERE history_type = 'adjustment'").toString();
        assertThat(books.database().dsl().fetchValue("SELECT transferred_to_accounting FROM credit_balance_adjustment"
                + " WHERE number = ?", adjustment)).isEqualTo("Yes");
        books.clerk().creditBalances().cancel(adjustment);
        JournalService.RunResult third = journal.run(TestBooks.TODAY, null, null);
        assertThat(third.entries()).extracting(JournalEntry::description)
                .containsExactly("Payments canceled", "Credit balance increases canceled");
        assertThat(journal.runEntries(second.number())).as("the transferred run is unchanged")
                .isEqualTo(second.entries());
        assertThat(journal.runs()).extracting(r -> r.number() + " " + r.status()).containsExactly(
                "JR-00000003 Processing", "JR-00000002 Transferred", "JR-00000001 Error");
        books.clerk().creditBalances().update(new CreditBalanceService.UpdateCommand(adjustment, null,
                AccountingTransfer.IGNORE));
    }

    /** Each code's debits minus credits in one currency. */
    private static Map<String, BigDecimal> net(List<JournalEntry> entries, String currency) {
        Map<String, BigDecimal> net = new HashMap<>();
        for (JournalEntry e : entries) {
            if (e.currency().equals(currency)) {
                net.merge(e.debit(), e.amount(), BigDecimal::add);
                net.merge(e.credit(), e.amount().negate(), BigDecimal::add);
            }
        }
        return net;
    }
}
