package com.settle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.reliability.BooksModel.Adjustment;
import com.settle.reliability.BooksModel.AdjustmentKind;
import com.settle.reliability.BooksModel.Invoice;
import com.settle.reliability.BooksModel.Payment;
import com.settle.service.AccountService;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.ApplicationService.ItemAmount;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService;
import com.settle.service.DocumentService;
import com.settle.service.PaymentService;
import com.settle.service.WriteOffService;
import com.settle.service.ServiceException;
import com.settle.service.Services;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.service.UnapplicationService.UnapplyItem;
import com.settle.store.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The real books (an H2 file through the services) next to {@link BooksModel}. Every use case is run on
 * both: the model says whether it must be refused and what it changes; the services must agree, and
 * afterwards every stored figure must equal the model's and Verify books must find nothing.
 */
final class ModelledBooks implements AutoCloseable {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

    final BooksModel model = new BooksModel();
    private final Database db;
    private final Services s;
    private int refusals;

    ModelledBooks(Path file) {
        this(Database.open(file));
    }

    /** Over books already open: a copy of the template on the test server. */
    ModelledBooks(Database db) {
        this.db = db;
        this.s = Services.singlePerson(db.dsl(), "admin", CLOCK);
    }

    /** Makes the template's two accounts (run once, on the file every sequence starts from a copy of). */
    static void prepareTemplate(Path file) {
        prepareTemplate(Database.open(file));
    }

    /** Makes the template's two accounts in books already open, and closes them. */
    static void prepareTemplate(Database books) {
        try (Database db = books) {
            Services s = Services.singlePerson(db.dsl(), "admin", CLOCK);
            s.accounts().create(new AccountService.NewAccountCommand("Cents Ltd", "USD", null, null,
                    null, null));
            s.accounts().create(new AccountService.NewAccountCommand("Yen KK", "JPY", null, null,
                    null, null));
        }
    }

    int refusals() {
        return refusals;
    }

    /** A write-off as the model keeps it: its number, document, what it took from each item, and whether reversed. */
    private static final class WriteOff {
        final String number;
        final Invoice invoice;
        final BigDecimal[] taken;
        boolean reversed;

        WriteOff(String number, Invoice invoice, BigDecimal[] taken) {
            this.number = number;
            this.invoice = invoice;
            this.taken = taken;
        }
    }

    private final List<WriteOff> writeOffs = new ArrayList<>();
    /** True when a record was stored since the last journal run: only then may a run be made. */
    private boolean untransferred;
    /** Whether the books are closed (through the day before today). */
    private boolean closed;

    // ---- use cases ------------------------------------------------------------------------------------

    void invoice(int account, boolean debitMemo, List<Integer> units) {
        BigDecimal[] amounts = units.stream().map(u -> money(account, u)).toArray(BigDecimal[]::new);
        List<DocumentService.ItemCommand> items = new ArrayList<>();
        for (int n = 0; n < amounts.length; n++) {
            items.add(new DocumentService.ItemCommand("Charge " + (n + 1), null, null, null, BigDecimal.ONE,
                    amounts[n], null));
        }
        String expected = model.nextDocumentNumber(debitMemo);
        String number = run(false, () -> s.documents().create(new DocumentService.NewDocumentCommand(
                debitMemo ? DocumentType.DEBIT_MEMO : DocumentType.INVOICE, BooksModel.ACCOUNTS[account], DAY,
                DAY.plusDays(30), null, true, items)));
        assertThat(number).as("the next document number").isEqualTo(expected);
        model.invoices.add(new Invoice(number, account, debitMemo, amounts));
    }

    void payment(int account, int units) {
        BigDecimal amount = money(account, units);
        String expected = model.nextPaymentNumber();
        String number = run(false, () -> s.payments().record(new PaymentService.NewPaymentCommand(
                BooksModel.ACCOUNTS[account], amount, DAY, PaymentMethod.BANK_TRANSFER, null, null)));
        assertThat(number).as("the next payment number").isEqualTo(expected);
        model.payments.add(new Payment(number, account, amount));
    }

    /** FIFO over the account's open items; {@code units} null applies the whole unapplied amount. */
    void applyFifo(int payment, Integer units) {
        Payment p = payment(payment);
        if (p == null) {
            return;
        }
        BigDecimal amount = units == null ? p.unapplied() : money(p.account, units);
        List<String> open = model.openItems(p.account);
        BigDecimal openTotal = model.open(open);
        boolean refused = p.canceled || amount.signum() <= 0 || open.isEmpty() || amount.compareTo(openTotal) > 0
                || amount.compareTo(p.unapplied()) > 0;
        run(refused, () -> s.applications().apply(new ApplyCommand(p.number, DAY, ApplicationRule.FIFO, List.of(),
                units == null ? null : amount, false)));
        if (!refused) {
            model.applyPayment(p, model.fifo(open, amount));
        }
    }

    /** One item of one invoice (perhaps of the other account); {@code units} null takes the most allowed. */
    void applyItem(int payment, int invoice, int item, Integer units) {
        Payment p = payment(payment);
        Invoice i = invoice(invoice);
        if (p == null || i == null) {
            return;
        }
        int n = item % i.amounts.length;
        BigDecimal offer = i.balance().max(BigDecimal.ZERO);
        BigDecimal amount = units == null ? p.unapplied().min(i.balances[n]).min(offer) : money(p.account, units);
        boolean refused = p.canceled || i.account != p.account || amount.signum() <= 0
                || amount.compareTo(i.balances[n]) > 0 || amount.compareTo(p.unapplied()) > 0
                || amount.compareTo(offer) > 0;
        run(refused, () -> s.applications().apply(new ApplyCommand(p.number, DAY, null, List.of(new DocumentAmount(
                i.number, null, List.of(new ItemAmount(n + 1, amount)))), null, false)));
        if (!refused) {
            model.applyPayment(p, Map.of(BooksModel.itemKey(i, n), amount));
        }
    }

    void unapplyAll(int payment) {
        Payment p = payment(payment);
        if (p == null) {
            return;
        }
        boolean refused = p.canceled || p.net.isEmpty();
        run(refused, () -> s.unapplications().unapply(new UnapplyCommand(p.number, DAY, List.of(), List.of(), null,
                null, null)));
        if (!refused) {
            new LinkedHashMap<>(p.net).forEach((key, net) -> model.unapplyPayment(p, key, net));
        }
    }

    /** Part of one item line the payment has applied; {@code units} null reverses all of it. */
    void unapplyItem(int payment, int line, Integer units) {
        Payment p = payment(payment);
        if (p == null || p.net.isEmpty()) {
            if (p != null) {
                run(true, () -> s.unapplications().unapply(new UnapplyCommand(p.number, DAY, List.of(),
                        List.of(new UnapplyItem("INV-00000001", 1, BigDecimal.ONE)), null, null, null)));
            }
            return;
        }
        String key = new ArrayList<>(p.net.keySet()).get(line % p.net.size());
        BigDecimal net = p.net.get(key);
        BigDecimal amount = units == null ? net : money(p.account, units);
        boolean refused = p.canceled || amount.signum() <= 0 || amount.compareTo(net) > 0;
        String number = key.substring(0, key.indexOf(' '));
        run(refused, () -> s.unapplications().unapply(new UnapplyCommand(p.number, DAY, List.of(),
                List.of(new UnapplyItem(number, BooksModel.ordinal(key), amount)), null, null, null)));
        if (!refused) {
            model.unapplyPayment(p, key, amount);
        }
    }

    void refund(int payment, Integer units) {
        Payment p = payment(payment);
        if (p == null) {
            return;
        }
        BigDecimal amount = units == null ? p.unapplied() : money(p.account, units);
        boolean refused = p.canceled || amount.signum() <= 0 || amount.compareTo(p.unapplied()) > 0;
        run(refused, () -> s.payments().refund(new PaymentService.RefundCommand(p.number, amount, DAY,
                PaymentMethod.CHECK, null, null, null, null)));
        if (!refused) {
            p.refunded = p.refunded.add(amount);
        }
    }

    void transfer(int payment, Integer units) {
        Payment p = payment(payment);
        if (p == null) {
            return;
        }
        BigDecimal amount = units == null ? p.unapplied() : money(p.account, units);
        boolean refused = p.canceled || amount.signum() <= 0 || amount.compareTo(p.unapplied()) > 0;
        String expected = model.nextAdjustmentNumber();
        String number = run(refused, () -> s.creditBalances().transferFromPayment(
                new CreditBalanceService.TransferCommand(p.number, amount, DAY, null, null, null)));
        if (!refused) {
            assertThat(number).as("the next adjustment number").isEqualTo(expected);
            p.transferred = p.transferred.add(amount);
            credit(p.account, amount);
            model.adjustments.add(new Adjustment(number, p.account, true, amount, AdjustmentKind.FROM_PAYMENT, p,
                    Map.of()));
        }
    }

    void adjust(int account, boolean increase, int units) {
        BigDecimal amount = money(account, units);
        boolean refused = !increase && amount.compareTo(model.credit[account]) > 0;
        String expected = model.nextAdjustmentNumber();
        String number = run(refused, () -> s.creditBalances().adjust(new CreditBalanceService.AdjustCommand(
                BooksModel.ACCOUNTS[account], increase ? AdjustmentType.INCREASE : AdjustmentType.DECREASE, amount,
                null, null, null, DAY)));
        if (!refused) {
            assertThat(number).as("the next adjustment number").isEqualTo(expected);
            credit(account, increase ? amount : amount.negate());
            model.adjustments.add(new Adjustment(number, account, increase, amount, AdjustmentKind.MANUAL, null,
                    Map.of()));
        }
    }

    void creditRefund(int account, Integer units) {
        BigDecimal amount = units == null ? model.credit[account] : money(account, units);
        boolean refused = amount.signum() <= 0 || amount.compareTo(model.credit[account]) > 0;
        String expected = model.nextAdjustmentNumber();
        run(refused, () -> s.creditBalances().refund(new CreditBalanceService.RefundCommand(
                BooksModel.ACCOUNTS[account], amount, DAY, PaymentMethod.BANK_TRANSFER, null, null, null)));
        if (!refused) {
            credit(account, amount.negate());
            model.adjustments.add(new Adjustment(expected, account, false, amount, AdjustmentKind.REFUND, null,
                    Map.of()));
        }
    }

    /**
     * Credit to one invoice ({@code invoice} null: the account's oldest open one); {@code units} null
     * takes min(credit balance, invoice balance). Split over the invoice's items first in, first out.
     */
    void applyCredit(int account, Integer invoice, Integer units) {
        BigDecimal credit = model.credit[account];
        Invoice target = invoice == null ? model.byNumber().stream().filter(i -> i.account == account
                && !i.debitMemo && i.balance().signum() > 0).findFirst().orElse(null) : invoice(invoice);
        if (invoice != null && target == null) {
            return;
        }
        BigDecimal open = target == null ? BigDecimal.ZERO : target.balance();
        BigDecimal amount = units == null ? credit.min(open) : money(account, units);
        boolean refused = credit.signum() == 0 || target == null || target.account != account || target.debitMemo
                || open.signum() <= 0 || amount.signum() <= 0 || amount.compareTo(credit) > 0
                || amount.compareTo(open) > 0;
        String expected = model.nextAdjustmentNumber();
        run(refused, () -> s.creditApplications().applyToInvoice(new ApplyCreditCommand(BooksModel.ACCOUNTS[account],
                invoice == null ? null : target.number, units == null ? null : amount, DAY, null, null, null)));
        if (!refused) {
            List<String> keys = new ArrayList<>();
            for (int n = 0; n < target.balances.length; n++) {
                if (target.balances[n].signum() > 0) {
                    keys.add(BooksModel.itemKey(target, n));
                }
            }
            Map<String, BigDecimal> split = model.fifo(keys, amount);
            split.forEach((key, share) -> model.addToBalance(key, share.negate()));
            credit(account, amount.negate());
            model.adjustments.add(new Adjustment(expected, account, false, amount, AdjustmentKind.APPLIED_TO_INVOICE,
                    null, split));
        }
    }

    /**
     * An invoice's negative balance to the account's credit balance: the negative items give up exactly
     * that amount, first item first. A debit memo's is refused.
     */
    void transferFromInvoice(int invoice) {
        Invoice i = invoice(invoice);
        if (i == null) {
            return;
        }
        BigDecimal amount = i.balance().negate();
        // Only an invoice's negative balance moves to the credit balance (Zuora's transfer of an invoice to a
        // credit balance), not a debit memo's.
        boolean refused = amount.signum() <= 0 || i.debitMemo;
        String expected = model.nextAdjustmentNumber();
        run(refused, () -> s.creditApplications().transferFromInvoice(i.number, DAY, null, null, null));
        if (!refused) {
            Map<String, BigDecimal> giveBack = new LinkedHashMap<>();
            BigDecimal left = amount;
            for (int n = 0; n < i.balances.length && left.signum() > 0; n++) {
                if (i.balances[n].signum() < 0) {
                    BigDecimal take = i.balances[n].negate().min(left);
                    i.balances[n] = i.balances[n].add(take);
                    giveBack.put(BooksModel.itemKey(i, n), take.negate());
                    left = left.subtract(take);
                }
            }
            credit(i.account, amount);
            model.adjustments.add(new Adjustment(expected, i.account, true, amount, AdjustmentKind.FROM_INVOICE,
                    null, giveBack));
        }
    }

    void cancelPayment(int payment) {
        Payment p = payment(payment);
        if (p == null) {
            return;
        }
        boolean refused = p.canceled || p.applied.signum() != 0 || p.refunded.signum() != 0
                || p.transferred.signum() != 0;
        run(refused, () -> {
            s.payments().cancel(p.number, null);
            return null;
        });
        p.canceled |= !refused;
    }

    void cancelAdjustment(int adjustment) {
        if (model.adjustments.isEmpty()) {
            run(true, () -> {
                s.creditBalances().cancel("CBA-99999999");
                return null;
            });
            return;
        }
        Adjustment a = model.adjustments.get(adjustment % model.adjustments.size());
        boolean refused = a.canceled || a.kind == AdjustmentKind.REFUND
                || a.increase && a.amount.compareTo(model.credit[a.account]) > 0;
        run(refused, () -> {
            s.creditBalances().cancel(a.number);
            return null;
        });
        if (!refused) {
            a.canceled = true;
            credit(a.account, a.increase ? a.amount.negate() : a.amount);
            if (a.kind == AdjustmentKind.FROM_PAYMENT) {
                a.payment.transferred = a.payment.transferred.subtract(a.amount);
            }
            a.items.forEach(model::addToBalance);
        }
    }

    /**
     * Writes off what stays open on a document ({@code units} null: all of it), taken from its items in order,
     * each up to its own balance.
     */
    void writeOff(int invoice, Integer units) {
        Invoice i = invoice(invoice);
        if (i == null) {
            return;
        }
        BigDecimal open = i.balance().max(BigDecimal.ZERO);
        BigDecimal amount = units == null ? open : money(i.account, units);
        boolean refused = open.signum() <= 0 || amount.signum() <= 0 || amount.compareTo(open) > 0;
        String expected = String.format("WO-%08d", writeOffs.size() + 1);
        String number = run(refused, () -> s.writeOffs().writeOff(new WriteOffService.WriteOffCommand(i.number, null,
                units == null ? null : amount, DAY, null, null, null, false)));
        if (!refused) {
            assertThat(number).as("the next write-off number").isEqualTo(expected);
            BigDecimal[] taken = new BigDecimal[i.balances.length];
            BigDecimal left = amount;
            for (int n = 0; n < taken.length; n++) {
                BigDecimal take = i.balances[n].min(left);
                taken[n] = take.signum() > 0 ? take : BigDecimal.ZERO;
                i.balances[n] = i.balances[n].subtract(taken[n]);
                left = left.subtract(taken[n]);
            }
            writeOffs.add(new WriteOff(number, i, taken));
        }
    }

    void reverseWriteOff(int index) {
        if (writeOffs.isEmpty()) {
            run(true, () -> {
                s.writeOffs().reverse("WO-99999999", null);
                return null;
            });
            return;
        }
        WriteOff w = writeOffs.get(index % writeOffs.size());
        run(w.reversed, () -> {
            s.writeOffs().reverse(w.number, null);
            return null;
        });
        if (!w.reversed) {
            w.reversed = true;
            for (int n = 0; n < w.taken.length; n++) {
                w.invoice.balances[n] = w.invoice.balances[n].add(w.taken[n]);
            }
        }
    }

    /** A journal run up to today: refused when no record was stored since the last one. */
    void journalRun() {
        boolean refused = !untransferred;
        run(refused, () -> s.journal().run(DAY, null, null));
        untransferred = false;
    }

    /**
     * Closes the books through the day before (every use case here is dated today, so none is refused), or
     * opens them again: the closing date changes no figure.
     */
    void closeBooks(boolean close) {
        boolean before = untransferred;
        boolean refused = close == closed;
        run(refused, () -> {
            s.closing().close(close ? DAY.minusDays(1) : null, close ? null : "model: open again");
            return null;
        });
        closed = refused ? closed : close;
        untransferred = before;
    }

    // ---- comparing ------------------------------------------------------------------------------------

    /** Every stored figure equals the model's, and Verify books finds nothing. */
    void matchesTheModel() {
        List<String> payments = new ArrayList<>();
        for (Payment p : model.payments) {
            payments.add(p.number + " " + plain(p.amount) + " applied " + plain(p.applied) + " unapplied "
                    + plain(p.unapplied()) + " refunded " + plain(p.refunded) + " transferred " + plain(p.transferred)
                    + " " + (p.canceled ? "Canceled" : "Processed"));
        }
        assertThat(rows("SELECT number || ' ' || amount || ' applied ' || applied_amount || ' unapplied '"
                + " || unapplied_amount || ' refunded ' || refunded_amount || ' transferred ' || transferred_amount"
                + " || ' ' || status FROM payment ORDER BY number")).as("payments").containsExactlyElementsOf(payments);
        List<String> items = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (Invoice i : model.byNumber()) {
            for (int n = 0; n < i.balances.length; n++) {
                items.add(BooksModel.itemKey(i, n) + " " + plain(i.amounts[n]) + " balance " + plain(i.balances[n]));
            }
            documents.add(i.number + " balance " + plain(i.balance()));
        }
        assertThat(rows("SELECT d.number || ' #' || i.ordinal || ' ' || i.amount || ' balance ' || b.balance"
                + " FROM document_item i JOIN document d ON d.id = i.document_id JOIN document_item_balance b"
                + " ON b.item_id = i.id ORDER BY d.number, i.ordinal")).as("items").containsExactlyElementsOf(items);
        assertThat(rows("SELECT number || ' balance ' || balance FROM document ORDER BY number")).as("documents")
                .containsExactlyElementsOf(documents);
        List<String> accounts = new ArrayList<>();
        for (int a = 0; a < BooksModel.ACCOUNTS.length; a++) {
            accounts.add(BooksModel.ACCOUNTS[a] + " credit " + plain(model.credit[a]));
        }
        assertThat(rows("SELECT number || ' credit ' || credit_balance FROM account ORDER BY number"))
                .as("credit balances").containsExactlyElementsOf(accounts);
        List<String> adjustments = new ArrayList<>();
        for (Adjustment a : model.adjustments) {
            adjustments.add(a.number + " " + (a.increase ? "Increase" : "Decrease") + " " + plain(a.amount) + " "
                    + (a.canceled ? "Canceled" : "Processed"));
        }
        assertThat(rows("SELECT number || ' ' || type || ' ' || amount || ' ' || status"
                + " FROM credit_balance_adjustment ORDER BY number")).as("credit balance adjustments")
                .containsExactlyElementsOf(adjustments);
        assertThat(s.verify().verify().differences()).as("Verify books").isEmpty();
    }

    private List<String> rows(String sql) {
        // The stored DECIMAL(19, 4) text ("12.5000") is brought to the model's plain form ("12.5").
        return db.dsl().fetch(sql).map(r -> r.get(0, String.class)).stream().map(ModelledBooks::plainNumbers).toList();
    }

    private static String plainNumbers(String row) {
        StringBuilder out = new StringBuilder();
        for (String word : row.split(" ")) {
            if (word.matches("-?\\d+\\.\\d+")) {
                word = plain(new BigDecimal(word));
            }
            out.append(out.length() == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private <T> T run(boolean refused, Supplier<T> useCase) {
        try {
            T result = useCase.get();
            assertThat(refused).as("the model refuses this use case, but the services stored it").isFalse();
            untransferred = true;
            return result;
        } catch (ServiceException | ValidationException e) {
            assertThat(refused).as("the services refused a use case the model allows: " + e.getMessage()).isTrue();
            refusals++;
            return null;
        }
    }

    private Payment payment(int index) {
        return model.payments.isEmpty() ? null : model.payments.get(index % model.payments.size());
    }

    private Invoice invoice(int index) {
        return model.invoices.isEmpty() ? null : model.invoices.get(index % model.invoices.size());
    }

    private void credit(int account, BigDecimal delta) {
        model.credit[account] = model.credit[account].add(delta);
    }

    private static BigDecimal money(int account, int units) {
        return BigDecimal.valueOf(units, BooksModel.SCALES[account]);
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() {
        db.close();
    }
}
