package com.settle.service;

import com.settle.domain.AmountParser;
import com.settle.domain.AmountParser.Sign;
import com.settle.domain.Dates;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountingType;
import com.settle.domain.model.DiscountTerms;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.Permission;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.domain.policy.WriteOffPolicy;
import com.settle.store.AccountRepository;
import com.settle.store.DocumentRepository;
import com.settle.store.DocumentRepository.ItemRow;
import com.settle.store.WriteOffRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import com.settle.store.jooq.tables.records.DocumentRecord;
import com.settle.store.jooq.tables.records.WriteOffRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Writes off what stays open on a document or one of its items, without cash, as a new record with a reason code
 * and the write-off (or discount) accounting code; a reversal gives the balance back. Within the currency's
 * tolerance it takes the permission to apply payments; above it, the write-off permission.
 */
public final class WriteOffService {

    /** The reason code type of write-offs and discounts. */
    static final String REASON_TYPE = "WriteOff";

    /**
     * @param ordinal an item's line number, or null for the whole document
     * @param amount  null: everything that stays open on it
     * @param discount an early-payment discount rather than a write-off (the discount accounting code)
     */
    public record WriteOffCommand(String documentNumber, Integer ordinal, BigDecimal amount, LocalDate date,
                                  String reasonCode, String accountingCode, String comment, boolean discount) {
        public WriteOffCommand {
            Dates.check("Date", date);
        }
    }

    /**
     * What settles the rest of a document in the step that applies a payment: a write-off, or an early-payment
     * discount, of {@code amount} (null: all that stays open).
     */
    public record Residual(String documentNumber, BigDecimal amount, boolean discount) {
    }

    private final Transactions tx;
    private final WriteOffRepository writeOffs;
    private final DocumentRepository documents;
    private final AccountRepository accounts;
    private final SettingsService settings;
    private final ApplicationService applications;
    private final Lookups lookups;
    private final PaymentPolicy policy;
    private final UserContext user;
    private final Clock clock;
    private final MoneyText text;

    WriteOffService(Transactions tx, WriteOffRepository writeOffs, DocumentRepository documents,
                    AccountRepository accounts, SettingsService settings, ApplicationService applications, Lookups lookups, PaymentPolicy policy, UserContext user, Clock clock,
                    MoneyText text) {
        this.tx = tx;
        this.writeOffs = writeOffs;
        this.documents = documents;
        this.accounts = accounts;
        this.settings = settings;
        this.applications = applications;
        this.lookups = lookups;
        this.policy = policy;
        this.user = user;
        this.clock = clock;
        this.text = text;
    }

    /** Writes off; returns the write-off's number ({@code WO-00000001}). */
    public String writeOff(WriteOffCommand c) {
        if (!user.may(Permission.PAYMENT_APPLY)) {
            user.require(Permission.WRITE_OFF, "write off balances");
        }
        return tx.inTransaction(t -> writeOff(t, c, null));
    }

    /** Writes off within the caller's transaction (after an application: {@code paymentId} offered it). */
    String writeOff(DSLContext t, WriteOffCommand c, Long paymentId) {
        String comment = Text.optional("Comment", c.comment(), 255);
        LocalDate date = c.date() == null ? LocalDate.now(clock) : c.date();
        lookups.requireOpen(t, "Date", date);
        DocumentRecord doc = documents.lock(t, lookups.document(t, "Document", c.documentNumber()).getId());
        Currency currency = Currency.getInstance(doc.getCurrency());
        if (doc.getStatus() != DocumentStatus.POSTED) {
            throw new ServiceException(doc.getNumber() + " is " + doc.getStatus().code().toLowerCase()
                    + "; only what is open on a posted document can be written off.");
        }
        PaymentPolicy.require(policy.notBeforeDocument("Date", date, doc.getNumber(), doc.getDocumentDate()));
        List<ItemRow> items = documents.items(t, doc.getId());
        List<ItemRow> from = c.ordinal() == null ? items : items.stream()
                .filter(i -> i.ordinal() == c.ordinal()).toList();
        String field = c.ordinal() == null ? PaymentPolicy.documentField(doc.getNumber())
                : PaymentPolicy.itemField(doc.getNumber(), c.ordinal());
        if (from.isEmpty()) {
            throw new ValidationException("Item", doc.getNumber() + " has no item #" + c.ordinal());
        }
        BigDecimal openNow = c.ordinal() == null ? doc.getBalance() : from.get(0).balance();
        Money open = Money.of(openNow.max(BigDecimal.ZERO), currency);
        if (!open.isPositive()) {
            throw new ServiceException(field + " has nothing open to write off.");
        }
        Money amount = c.amount() == null ? open : AmountParser.money("Amount", c.amount(), currency, Sign.POSITIVE);
        PaymentPolicy.require(policy.withinBalance("Amount", amount, open));
        if (c.discount()) {
            requireDiscountAllowed(t, doc, amount, date);
        } else if (WriteOffPolicy.withinTolerance(amount, settings.writeOffTolerance(t, currency))) {
            user.require(Permission.PAYMENT_APPLY, "write off small balances");
        } else {
            user.require(Permission.WRITE_OFF, "write off balances above the tolerance");
        }
        Map<Long, BigDecimal> byItem = spread(from, amount.amount());
        AccountingType type = c.discount() ? AccountingType.DISCOUNT : AccountingType.WRITE_OFF;
        var w = new WriteOffRepository.NewWriteOff(c.discount() ? WriteOffRepository.DISCOUNT : "WriteOff", doc.getAccountId(),
                doc.getId(), doc.getCurrency(), amount.amount(), date,
                lookups.reasonCode(t, "Reason code", c.reasonCode(), REASON_TYPE),
                lookups.accountingCode(t, "Accounting code", c.accountingCode(), type.code()), comment, paymentId);
        WriteOffRecord saved = writeOffs.insert(t, w, byItem, user.userId(), OffsetDateTime.now(clock));
        Map<Long, BigDecimal> less = new HashMap<>();
        byItem.forEach((id, a) -> less.put(id, a.negate()));
        documents.addToBalances(t, less, Map.of(doc.getId(), amount.amount().negate()));
        return saved.getNumber();
    }

    /**
     * A discount within the account's terms (on time, at most what they give less what was taken) is part of
     * applying payments; beyond them it takes the write-off permission.
     */
    private void requireDiscountAllowed(DSLContext t, DocumentRecord doc, Money amount, LocalDate date) {
        Currency currency = amount.currency();
        AccountRecord account = accounts.findById(t, doc.getAccountId()).orElseThrow();
        DiscountTerms terms = DiscountTerms.of(account.getDiscountPercent(), account.getDiscountDays());
        Money left = DiscountTerms.left(terms, doc.getDocumentDate(), Money.of(doc.getAmount(), currency), date,
                Money.of(writeOffs.discountTaken(t, doc.getId()), currency));
        if (!amount.isGreaterThan(left)) {
            user.require(Permission.PAYMENT_APPLY, "give early-payment discounts");
        } else if (!user.may(Permission.WRITE_OFF)) {
            throw new ServiceException(new WriteOffPolicy(text).discountBeyondTerms(amount, left, doc.getNumber(),
                    terms));
        }
    }

    /** Takes {@code amount} from the items in their order, each up to what is open on it. */
    private static Map<Long, BigDecimal> spread(List<ItemRow> items, BigDecimal amount) {
        Map<Long, BigDecimal> byItem = new LinkedHashMap<>();
        BigDecimal left = amount;
        for (ItemRow i : items) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = i.balance().min(left);
            if (take.signum() > 0) {
                byItem.put(i.id(), take);
                left = left.subtract(take);
            }
        }
        if (left.signum() != 0) {
            throw new ServiceException("The items of the document have less open than its balance; run Verify"
                    + " books.");
        }
        return byItem;
    }

    /**
     * Applies the payment and, in the same transaction, writes off what then stays open on each of
     * {@code documents} (the Apply dialog's offer): both happen, or neither.
     */
    public ApplicationService.ApplyResult applyAndWriteOff(ApplicationService.ApplyCommand c,
                                                           List<Residual> residuals) {
        user.require(Permission.PAYMENT_APPLY, "apply payments");
        return tx.inTransaction(t -> {
            ApplicationService.ApplyResult r = applications.apply(t, c);
            settle(t, residuals, c.effectiveDate(), lookups.lockPayment(t, "Payment", c.paymentNumber()).getId());
            return r;
        });
    }

    /** Discounts first, then write-offs, of what the payment left open: in the caller's transaction. */
    void settle(DSLContext t, List<Residual> residuals, LocalDate date, long paymentId) {
        for (boolean discounts : new boolean[] {true, false}) {
            for (Residual r : residuals) {
                if (r.discount() == discounts) {
                    writeOff(t, new WriteOffCommand(r.documentNumber(), null, r.amount(), date, null, null, null,
                            r.discount()), paymentId);
                }
            }
        }
    }

    /** Gives a write-off's amount back to its document and items, as a reversal dated today. */
    public void reverse(String number, String comment) {
        if (!user.may(Permission.PAYMENT_UNAPPLY)) {
            user.require(Permission.WRITE_OFF, "reverse write-offs");
        }
        String why = Text.optional("Comment", comment, 255);
        tx.inTransaction(t -> {
            String n = Text.required("Write-off", number, 20);
            WriteOffRecord w = writeOffs.find(t, n).orElseThrow(() -> new ValidationException("Write-off", "'" + n
                    + "' is not a write-off number"));
            Money tolerance = settings.writeOffTolerance(t, Currency.getInstance(w.getCurrency()));
            if (WriteOffPolicy.withinTolerance(Money.of(w.getAmount(), Currency.getInstance(w.getCurrency())),
                    tolerance)) {
                user.require(Permission.PAYMENT_UNAPPLY, "reverse small write-offs");
            } else {
                user.require(Permission.WRITE_OFF, "reverse write-offs above the tolerance");
            }
            LocalDate today = LocalDate.now(clock);
            lookups.requireOpen(t, "Date", today);
            if (writeOffs.reversed(t, w.getId())) {
                throw new ServiceException(w.getNumber() + " is already reversed.");
            }
            documents.lock(t, w.getDocumentId());
            writeOffs.reverse(t, w.getId(), today, why, user.userId(), OffsetDateTime.now(clock));
            documents.addToBalances(t, writeOffs.items(t, w.getId()), Map.of(w.getDocumentId(), w.getAmount()));
            return null;
        });
    }

    /** The write-off tolerance of {@code currency}, or null when none is set. */
    public Money tolerance(Currency currency) {
        return tx.read(t -> settings.writeOffTolerance(t, currency));
    }

    /** What the write-off of {@code amount} would ask for: null within the tolerance, else the confirmation. */
    public String confirmationFor(Money amount, String document) {
        Money tolerance = tolerance(amount.currency());
        return WriteOffPolicy.withinTolerance(amount, tolerance) ? null
                : new WriteOffPolicy(text).confirmation(amount, document, tolerance);
    }
}
