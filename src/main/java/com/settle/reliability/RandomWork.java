package com.settle.reliability;

import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.ImportBatchSummary;
import com.settle.domain.model.OpenDocument;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PaymentStatus;
import com.settle.domain.model.PaymentSummary;
import com.settle.service.AccountService;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.ApplicationService.ItemAmount;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService;
import com.settle.service.DocumentService;
import com.settle.service.ImportService;
import com.settle.service.PaymentService;
import com.settle.service.ServiceException;
import com.settle.service.Services;
import com.settle.service.UnapplicationService.UnapplyCommand;
import com.settle.service.UnapplicationService.UnapplyItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * Random use cases through the real services, the kind a day of clerking produces: invoices, payments,
 * applications by items, FIFO and Proration, unapplications, refunds, transfers to credit balance,
 * adjustments, credit applied to one invoice or in a batch, a document's negative balance moved to credit
 * (documents sometimes carry a credit line), cancellations, imports of payments and documents (up to a few
 * hundred rows, in chunks within one transaction) and the undo of an import batch. A refusal (nothing to
 * unapply, a balance too small) is part of the mix: it must store nothing.
 */
public final class RandomWork {

    /** The use cases, in the order {@link #step} draws from. */
    public enum Kind {
        INVOICE, PAYMENT, APPLY_FIFO, APPLY_PRORATION, APPLY_ITEMS, UNAPPLY_ALL, UNAPPLY_ITEM, REFUND, TRANSFER,
        ADJUST, APPLY_CREDIT, BATCH_CREDIT, CREDIT_REFUND, CANCEL_PAYMENT, CANCEL_ADJUSTMENT, TRANSFER_INVOICE,
        IMPORT, IMPORT_UNDO
    }

    /** The day every record is dated: one fixed date keeps date rules out of the way of the mix. */
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final int ACCOUNTS = 4;

    private final Services s;
    private final DSLContext dsl;
    private final Random random;
    private final Path scratch;

    /** @param scratch a folder for the CSV files the imports read */
    public RandomWork(Services services, DSLContext dsl, Random random, Path scratch) {
        this.scratch = scratch;
        this.s = services;
        this.dsl = dsl;
        this.random = random;
    }

    /** Makes the accounts the work runs on, if an earlier run was killed before it had them all. */
    public void prepare() {
        while (s.accounts().count() < ACCOUNTS) {
            s.accounts().create(new AccountService.NewAccountCommand("Crash " + (s.accounts().count() + 1),
                    random.nextBoolean() ? "USD" : "JPY", null, null, null, null));
        }
    }

    /**
     * Runs one random use case.
     *
     * @return what it stored, or null when the services refused it (then nothing was stored)
     */
    public Kind step() {
        Outcome o = attempt();
        return o.refusal() == null ? o.kind() : null;
    }

    /** One use case tried, and why it was refused (null when it was stored). */
    public record Outcome(Kind kind, RuntimeException refusal) {
    }

    /**
     * Runs one random use case and tells what became of it: stored, or refused by the services (then nothing was
     * stored). Anything else (a failure, not a refusal) is thrown.
     */
    public Outcome attempt() {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        try {
            run(kind);
            return new Outcome(kind, null);
        } catch (ServiceException | ValidationException | IllegalStateException e) {
            return new Outcome(kind, e);
        }
    }

    private void run(Kind kind) {
        String account = "A-" + String.format("%08d", 1 + random.nextInt(ACCOUNTS));
        switch (kind) {
            case INVOICE -> invoice(account);
            case PAYMENT -> s.payments().record(new PaymentService.NewPaymentCommand(account,
                    amount(account, 5, 400), DAY, PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)],
                    null, null));
            case APPLY_FIFO, APPLY_PRORATION -> s.applications().apply(new ApplyCommand(payment(true).number(), DAY,
                    kind == Kind.APPLY_FIFO ? ApplicationRule.FIFO : ApplicationRule.PRORATION, List.of(),
                    random.nextBoolean() ? null : amount(payment(true)), false));
            case APPLY_ITEMS -> applyItems();
            case UNAPPLY_ALL -> s.unapplications().unapply(new UnapplyCommand(applied().summary().number(), DAY,
                    List.of(), List.of(), null, null, null));
            case UNAPPLY_ITEM -> unapplyItem();
            case REFUND -> {
                PaymentSummary p = payment(true);
                s.payments().refund(new PaymentService.RefundCommand(p.number(), amount(p), DAY,
                        PaymentMethod.CHECK, null, null, null, null));
            }
            case TRANSFER -> {
                PaymentSummary p = payment(true);
                s.creditBalances().transferFromPayment(new CreditBalanceService.TransferCommand(p.number(), amount(p),
                        DAY, null, null, null));
            }
            case ADJUST -> s.creditBalances().adjust(new CreditBalanceService.AdjustCommand(account,
                    random.nextInt(4) == 0 ? AdjustmentType.DECREASE : AdjustmentType.INCREASE,
                    amount(account, 1, 80), null, null, null, DAY));
            case APPLY_CREDIT -> s.creditApplications().applyToInvoice(new ApplyCreditCommand(account, null, null, DAY,
                    null, null, null));
            case BATCH_CREDIT -> s.creditApplications().applyAll((done, total) -> { }, () -> false);
            case CREDIT_REFUND -> s.creditBalances().refund(new CreditBalanceService.RefundCommand(account,
                    amount(account, 1, 30), DAY, PaymentMethod.BANK_TRANSFER, null, null, null));
            case CANCEL_PAYMENT -> s.payments().cancel(payment(false).number(), null);
            case TRANSFER_INVOICE -> {
                List<String> negative = dsl.fetchValues("SELECT number FROM document WHERE status = 'Posted'"
                        + " AND balance < 0 ORDER BY id DESC LIMIT 20").stream().map(String::valueOf).toList();
                if (negative.isEmpty()) {
                    throw new IllegalStateException("no negative document balance");
                }
                s.creditApplications().transferFromInvoice(negative.get(random.nextInt(negative.size())), DAY, null,
                        null, null);
            }
            case CANCEL_ADJUSTMENT -> {
                List<String> open = dsl.fetchValues("SELECT number FROM credit_balance_adjustment"
                        + " WHERE status = 'Processed' ORDER BY id DESC LIMIT 20").stream().map(String::valueOf).toList();
                if (open.isEmpty()) {
                    throw new IllegalStateException("no adjustment to cancel");
                }
                s.creditBalances().cancel(open.get(random.nextInt(open.size())));
            }
            case IMPORT -> importFile();
            case IMPORT_UNDO -> {
                List<ImportBatchSummary> live = s.imports().list().stream().filter(b -> !b.undone()).toList();
                if (live.isEmpty()) {
                    throw new IllegalStateException("no batch to undo");
                }
                // Most batches are soon used (applied, refunded) and refuse to be undone: try them from a random
                // one of the newest three on, so that undoing a batch is part of the mix; a refusal changes nothing.
                int first = random.nextInt(Math.min(3, live.size()));
                ServiceException refused = null;
                for (int i = 0; i < live.size(); i++) {
                    try {
                        s.imports().undo(live.get((first + i) % live.size()).number());
                        return;
                    } catch (ServiceException e) {
                        refused = e;
                    }
                }
                throw refused;
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** A payments file (up to 400 rows) or a documents file (up to 60 documents), each row new. */
    private void importFile() {
        StringBuilder csv = new StringBuilder();
        long key = random.nextLong() & Long.MAX_VALUE;
        boolean payments = random.nextBoolean();
        if (payments) {
            csv.append("Account,Amount,EffectiveDate,Method,SourceKey\n");
            for (int i = 0, n = 1 + random.nextInt(400); i < n; i++) {
                String account = "A-" + String.format("%08d", 1 + random.nextInt(ACCOUNTS));
                csv.append(account).append(',').append(amount(account, 5, 400).toPlainString()).append(',')
                        .append(DAY).append(",Check,K").append(key).append('-').append(i).append('\n');
            }
        } else {
            csv.append("DocumentNumber,Account,DocumentDate,Charge,UnitPrice\n");
            for (int d = 0, n = 1 + random.nextInt(60); d < n; d++) {
                String account = "A-" + String.format("%08d", 1 + random.nextInt(ACCOUNTS));
                for (int i = 0, items = 1 + random.nextInt(4); i < items; i++) {
                    csv.append('D').append(key).append('-').append(d).append(',').append(account).append(',')
                            .append(DAY.minusDays(d % 30)).append(",Charge ").append(i + 1).append(',')
                            .append(amount(account, 1, 150).toPlainString()).append('\n');
                }
            }
        }
        try {
            Path file = scratch.resolve("import-" + key + ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            try {
                if (payments) {
                    s.imports().payments(file, ImportService.Options.STORE);
                } else {
                    s.imports().documents(file, ImportService.Options.STORE);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void invoice(String account) {
        List<DocumentService.ItemCommand> items = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            // One item in six is a credit line: a negative amount on the same document.
            BigDecimal price = amount(account, 1, 150);
            boolean credit = i > 0 && random.nextInt(6) == 0;
            items.add(new DocumentService.ItemCommand(credit ? "Credit" : "Charge " + (i + 1), null, null, null,
                    BigDecimal.valueOf(1 + random.nextInt(3)), credit ? price.negate() : price, null));
        }
        s.documents().create(new DocumentService.NewDocumentCommand(random.nextInt(5) == 0 ? DocumentType.DEBIT_MEMO
                : DocumentType.INVOICE, account, DAY.minusDays(random.nextInt(60)), DAY, null, true, items));
    }

    /**
     * Applies a payment to some items of one open document, as the Apply dialog does: with the versions of the payment
     * and the document it read, so that a change made meanwhile by another clerk is refused as stale data.
     */
    private void applyItems() {
        PaymentSummary p = payment(true);
        int paymentVersion = s.payments().detail(p.number()).version();
        var context = s.applications().context(p.number());
        List<OpenDocument> open = context.documents();
        if (open.isEmpty()) {
            throw new IllegalStateException("nothing open");
        }
        OpenDocument doc = open.get(random.nextInt(open.size()));
        BigDecimal left = p.unapplied().amount();
        List<ItemAmount> items = new ArrayList<>();
        for (OpenDocument.Item item : doc.items()) {
            BigDecimal take = item.balance().amount().min(left);
            if (take.signum() > 0 && random.nextBoolean()) {
                items.add(new ItemAmount(item.ordinal(), take));
                left = left.subtract(take);
            }
        }
        if (items.isEmpty()) {
            throw new IllegalStateException("no item chosen");
        }
        s.applications().apply(new ApplyCommand(p.number(), DAY, null, List.of(new DocumentAmount(doc.number(),
                null, items)), null, false, paymentVersion, Map.of(doc.number(), doc.version())));
    }

    private void unapplyItem() {
        PaymentDetail d = applied();
        List<PaymentDetail.LineView> lines = d.applications().stream().flatMap(a -> a.lines().stream())
                .filter(l -> !l.fullyReversed()).toList();
        if (lines.isEmpty()) {
            throw new IllegalStateException("nothing to unapply");
        }
        PaymentDetail.LineView line = lines.get(random.nextInt(lines.size()));
        BigDecimal net = line.amount().amount().subtract(line.reversed().amount());
        s.unapplications().unapply(new UnapplyCommand(d.summary().number(), DAY, List.of(),
                List.of(new UnapplyItem(line.documentNumber(), line.ordinal(), part(net, line.amount().currency()))),
                null, null, null));
    }

    /** A processed payment, with an unapplied amount when {@code unapplied}. */
    private PaymentSummary payment(boolean unapplied) {
        List<PaymentSummary> all = s.payments().list().stream().filter(p -> p.status() == PaymentStatus.PROCESSED
                && (!unapplied || p.unapplied().isPositive())).toList();
        if (all.isEmpty()) {
            throw new IllegalStateException("no payment");
        }
        return all.get(random.nextInt(Math.min(all.size(), 15)));
    }

    private PaymentDetail applied() {
        List<PaymentSummary> all = s.payments().list().stream().filter(p -> p.status() == PaymentStatus.PROCESSED
                && p.applied().isPositive()).toList();
        if (all.isEmpty()) {
            throw new IllegalStateException("nothing applied");
        }
        return s.payments().detail(all.get(random.nextInt(Math.min(all.size(), 15))).number());
    }

    /** A random part (at least one minor unit) of a payment's unapplied amount. */
    private BigDecimal amount(PaymentSummary p) {
        return part(p.unapplied().amount(), p.unapplied().currency());
    }

    private BigDecimal part(BigDecimal whole, Currency currency) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        if (random.nextBoolean()) {
            return whole.setScale(scale, RoundingMode.UNNECESSARY);
        }
        BigDecimal p = whole.multiply(BigDecimal.valueOf(random.nextInt(100) + 1)).divide(BigDecimal.valueOf(100),
                scale, RoundingMode.DOWN);
        return p.compareTo(unit) < 0 ? unit : p;
    }

    private BigDecimal amount(String account, int min, int max) {
        String currency = dsl.fetchValue("SELECT currency FROM account WHERE number = ?", account).toString();
        int scale = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        long units = (long) (min + random.nextInt(max - min + 1)) * (scale == 0 ? 100 : 1);
        return BigDecimal.valueOf(units * (long) Math.pow(10, scale) + (scale == 0 ? 0 : random.nextInt(100)),
                scale);
    }
}
