package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.journal.Journal.Grouping;
import com.settle.domain.journal.JournalEntry;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.service.WriteOffService.WriteOffCommand;
import com.settle.support.TestBooks;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For generated books (invoices, payments applied, unapplied, refunded and transferred, credit adjusted, applied,
 * refunded and canceled, balances written off and reversed, payments canceled, in USD and JPY), every journal
 * entry balances, and over all time each side's debits minus credits equal what the books hold: receivable the
 * posted documents' balances, unapplied payments the payments' unapplied amounts, the credit balance code the
 * accounts' credit balances. Refusals along the way (a business rule) are part of the game.
 */
class JournalProperties {

    enum Op { INVOICE, PAYMENT, APPLY, UNAPPLY, REFUND, TRANSFER, ADJUST_UP, ADJUST_DOWN, APPLY_CREDIT,
        CREDIT_REFUND, CANCEL_ADJUSTMENT, WRITE_OFF, REVERSE_WRITE_OFF, CANCEL_PAYMENT }

    record Step(Op op, int account, int amount, int day) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 30_000), Arbitraries.integers().between(0, 40))
                .as(Step::new).list().ofMinSize(5).ofMaxSize(40);
    }

    @Property(tries = 15)
    void everyEntryBalancesAndEachSideEqualsTheBooks(@ForAll("steps") List<Step> steps) throws IOException {
        Path dir = Files.createTempDirectory("settle-journal-props");
        try (TestBooks books = new TestBooks(dir).withCodes()) {
            books.admin().settings().setWriteOffTolerance(Currency.getInstance("USD"), new BigDecimal("5.00"));
            String[] accounts = {books.account("A", "USD"), books.account("B", "USD"), books.account("C", "JPY")};
            Map<String, List<String>> payments = new HashMap<>();
            Map<String, List<String>> invoices = new HashMap<>();
            List<String> adjustments = new ArrayList<>();
            List<String> writeOffs = new ArrayList<>();
            LocalDate start = LocalDate.of(2026, 9, 1);
            for (Step s : steps) {
                String acct = accounts[s.account()];
                boolean yen = s.account() == 2;
                BigDecimal amount = yen ? BigDecimal.valueOf(s.amount()) : BigDecimal.valueOf(s.amount(), 2);
                LocalDate day = start.plusDays(s.day());
                try {
                    run(books.admin(), s.op(), acct, amount, day, payments.computeIfAbsent(acct, k -> new ArrayList<>()),
                            invoices.computeIfAbsent(acct, k -> new ArrayList<>()), adjustments, writeOffs);
                } catch (ValidationException | ServiceException refused) {
                    // A business refusal: nothing was stored.
                }
            }
            List<JournalEntry> entries = books.admin().journal().entries(LocalDate.of(2026, 1, 1), TestBooks.TODAY,
                    Grouping.DAY);
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.amount()).isPositive();
                assertThat(e.debit()).isNotEqualTo(e.credit());
            });
            var dsl = books.database().dsl();
            for (String currency : List.of("USD", "JPY")) {
                Map<String, BigDecimal> net = new HashMap<>();
                for (JournalEntry e : entries) {
                    if (e.currency().equals(currency)) {
                        net.merge(e.debit(), e.amount(), BigDecimal::add);
                        net.merge(e.credit(), e.amount().negate(), BigDecimal::add);
                    }
                }
                BigDecimal ar = sum(dsl.fetchValue("SELECT SUM(balance) FROM document WHERE status = 'Posted' AND"
                        + " currency = ?", currency));
                BigDecimal unapplied = sum(dsl.fetchValue("SELECT SUM(unapplied_amount) FROM payment WHERE status ="
                        + " 'Processed' AND currency = ?", currency));
                BigDecimal credit = sum(dsl.fetchValue("SELECT SUM(credit_balance) FROM account WHERE currency = ?",
                        currency));
                assertThat(net.getOrDefault("1200-AR", BigDecimal.ZERO)).as(currency + " receivable")
                        .isEqualByComparingTo(ar);
                assertThat(net.getOrDefault("2100-UNAPPLIED", BigDecimal.ZERO).negate()).as(currency + " unapplied")
                        .isEqualByComparingTo(unapplied);
                assertThat(net.getOrDefault("2300-CREDIT", BigDecimal.ZERO).negate()).as(currency + " credit")
                        .isEqualByComparingTo(credit);
                assertThat(net.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
            }
            books.assertBalanced();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static BigDecimal sum(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    private static String last(List<String> list) {
        if (list.isEmpty()) {
            throw new ServiceException("nothing to act on yet");
        }
        return list.get(list.size() - 1);
    }

    private static void run(Services s, Op op, String acct, BigDecimal amount, LocalDate day, List<String> payments,
                            List<String> invoices, List<String> adjustments, List<String> writeOffs) {
        switch (op) {
            case INVOICE -> invoices.add(s.documents().create(new DocumentService.NewDocumentCommand(
                    DocumentType.INVOICE, acct, day, day.plusDays(30), null, true, List.of(
                    new DocumentService.ItemCommand("Work", null, null, null, BigDecimal.ONE, amount, null)))));
            case PAYMENT -> payments.add(s.payments().record(new NewPaymentCommand(acct, amount, day,
                    PaymentMethod.CHECK, null, null)));
            case APPLY -> s.applications().apply(new ApplyCommand(last(payments), day.plusDays(40),
                    ApplicationRule.FIFO, List.of(), null, false));
            case UNAPPLY -> s.unapplications().unapply(new UnapplyCommand(last(payments), day.plusDays(41), List.of(),
                    List.of(), null, null, null));
            case REFUND -> s.payments().refund(new PaymentService.RefundCommand(last(payments), amount,
                    day.plusDays(41), PaymentMethod.CHECK, null, null, null, null));
            case TRANSFER -> adjustments.add(s.creditBalances().transferFromPayment(
                    new CreditBalanceService.TransferCommand(last(payments), amount, day.plusDays(41), null, null,
                            null, null)));
            case ADJUST_UP, ADJUST_DOWN -> adjustments.add(s.creditBalances().adjust(new CreditBalanceService
                    .AdjustCommand(acct, op == Op.ADJUST_UP ? AdjustmentType.INCREASE : AdjustmentType.DECREASE, amount,
                    "Goodwill", null, null, day)));
            case APPLY_CREDIT -> s.creditApplications().applyToInvoice(new ApplyCreditCommand(acct, null, null,
                    day.plusDays(41), null, null, null));
            case CREDIT_REFUND -> s.creditBalances().refund(new CreditBalanceService.RefundCommand(acct, amount,
                    day.plusDays(41), PaymentMethod.CHECK, null, null, null));
            case CANCEL_ADJUSTMENT -> s.creditBalances().cancel(last(adjustments));
            case WRITE_OFF -> writeOffs.add(s.writeOffs().writeOff(new WriteOffCommand(last(invoices), null, null,
                    day.plusDays(41), null, null, null, false)));
            case REVERSE_WRITE_OFF -> s.writeOffs().reverse(last(writeOffs), null);
            case CANCEL_PAYMENT -> s.payments().cancel(last(payments), null);
            default -> throw new IllegalStateException(op.name());
        }
    }
}
