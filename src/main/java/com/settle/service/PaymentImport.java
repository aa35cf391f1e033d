package com.settle.service;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.PaymentMethod;
import com.settle.store.ImportBatchRepository.Target;
import com.settle.store.ImportWriter;
import com.settle.store.PaymentRepository.NewPayment;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Payments received. Columns: Account, Amount, EffectiveDate, Method (Cash, Check, Bank transfer, Card,
 * Other); optional Reference, Comment, SourceKey. Each is a processed payment, all of it unapplied. Its
 * source reference is the SourceKey, else the Reference, else the row's own cells.
 */
final class PaymentImport implements RowImport<PaymentImport.Row> {

    record Row(String accountNumber, NewPayment payment, String column, String reference) {
    }

    private final ImportAccounts accounts;
    private final ImportWriter writer;

    PaymentImport(ImportAccounts accounts, ImportWriter writer) {
        this.accounts = accounts;
        this.writer = writer;
    }

    @Override
    public String kind() {
        return "Payments";
    }

    @Override
    public String noun() {
        return "payment";
    }

    @Override
    public Target target() {
        return Target.PAYMENT;
    }

    @Override
    public List<String> required() {
        return List.of("Account", "Amount", "EffectiveDate", "Method");
    }

    @Override
    public List<String> optional() {
        return List.of("Reference", "Comment", "SourceKey");
    }

    @Override
    public void prepare(DSLContext t) {
    }

    @Override
    public Row read(DSLContext t, ImportRow c, boolean checking) {
        AccountRecord account = accounts.of(t, c);
        BigDecimal amount = c.amount("Amount", account, true);
        LocalDate date = c.effectiveDate("EffectiveDate", true);
        PaymentMethod method = null;
        String m = c.text("Method", 20, true);
        if (m != null) {
            try {
                method = PaymentMethod.parse(m);
            } catch (IllegalArgumentException e) {
                c.problem("Method", e.getMessage());
            }
        }
        String reference = c.text("Reference", 100, false);
        String comment = c.text("Comment", 255, false);
        String key = c.text("SourceKey", 100, false);
        if (account == null || amount == null || date == null || method == null) {
            return null;
        }
        NewPayment p = new NewPayment(account.getId(), account.getCurrency(), amount, date, method, reference,
                comment);
        return key != null ? new Row(account.getNumber(), p, "SourceKey", key)
                : new Row(account.getNumber(), p, "Reference", reference);
    }

    @Override
    public Source source(Row r) {
        return new Source(r.payment().accountId(), r.accountNumber(), r.column(), r.reference(), false);
    }

    @Override
    public String fingerprint(Row r) {
        NewPayment p = r.payment();
        return String.join("\u001f", p.amount().stripTrailingZeros().toPlainString(), p.effectiveDate().toString(),
                p.method().code(), String.valueOf(p.comment()));
    }

    @Override
    public void write(DSLContext t, List<Row> chunk, List<String> references, Writing w) {
        if (w.dryRun()) {
            chunk.forEach(r -> w.created().add("new payment of " + label(r)));
            return;
        }
        List<String> numbers = writer.payments(t, chunk.stream().map(Row::payment).toList(),
                references, w.batchId(),
                w.userId(), w.now());
        for (int i = 0; i < numbers.size(); i++) {
            w.created().add(numbers.get(i) + ": " + label(chunk.get(i)));
        }
    }

    private static String label(Row r) {
        return TEXT.display(Money.of(r.payment().amount(), Currency.getInstance(r.payment().currency()))) + " on "
                + r.payment().effectiveDate() + " for " + r.accountNumber();
    }

    private static final MoneyText TEXT = MoneyText.ofDefaultLocale();
}
