package com.settle.service;

import com.settle.domain.AmountParser;
import com.settle.domain.AmountParser.Sign;
import com.settle.domain.Dates;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.allocation.Allocation;
import com.settle.domain.allocation.AllocationShare;
import com.settle.domain.allocation.AllocationTarget;
import com.settle.domain.allocation.Allocator;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.OpenDocument;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.Permission;
import com.settle.domain.model.ResidualRules;
import com.settle.domain.policy.PaymentActionPolicy;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.store.ApplicationRepository;
import com.settle.store.ApplicationRepository.DocumentLine;
import com.settle.store.ApplicationRepository.ItemLine;
import com.settle.store.DocumentRepository;
import com.settle.store.PaymentQueries;
import com.settle.store.PaymentRepository;
import com.settle.store.jooq.tables.records.DocumentRecord;
import com.settle.store.jooq.tables.records.PaymentRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Applies a payment to invoices and debit memos: item-level amounts as given, document-level
 * amounts and auto-apply spread by the application rule. The result is the exact split, saved in
 * one transaction, or only computed for a dry run.
 */
public final class ApplicationService {

    /** An amount for one item, by its line number within the document. */
    public record ItemAmount(int ordinal, BigDecimal amount) {
    }

    /** An amount for a document: the sum of its item amounts, or a total spread by the rule. */
    public record DocumentAmount(String documentNumber, BigDecimal amount, List<ItemAmount> items) {
    }

    /**
     * Apply a payment. With no documents, {@code autoAmount} (or, when null, the whole unapplied
     * amount) is spread over all the account's open documents by the rule.
     */
    public record ApplyCommand(String paymentNumber, LocalDate effectiveDate, ApplicationRule rule,
                               List<DocumentAmount> documents, BigDecimal autoAmount, boolean dryRun,
                               Integer expectedPaymentVersion, Map<String, Integer> expectedDocumentVersions) {
        public ApplyCommand {
            Dates.check("Effective date", effectiveDate);
        }

        /** Without checks for changes since loading: for the command line and scripts. */
        public ApplyCommand(String paymentNumber, LocalDate effectiveDate, ApplicationRule rule,
                            List<DocumentAmount> documents, BigDecimal autoAmount, boolean dryRun) {
            this(paymentNumber, effectiveDate, rule, documents, autoAmount, dryRun, null, Map.of());
        }
    }

    /** One item line of the split. */
    public record AppliedItem(String documentNumber, int ordinal, Money amount) {
    }

    /** The split, whether it was saved, and how the rule explains it. */
    public record ApplyResult(String paymentNumber, boolean saved, ApplicationRule rule, Money total,
                              Money unappliedAfter, List<AppliedItem> items, List<String> explanation) {
    }

    /**
     * What the Apply dialog starts from: the payment's figures and version (not its history), its
     * account's open documents, the default rule, and what may settle the rest of a document in the same step
     * (the write-off tolerance, the account's early-payment discount).
     */
    public record ApplyContext(PaymentDetail payment, List<OpenDocument> documents, ApplicationRule defaultRule,
                               ResidualRules residuals) {
        public ApplyContext {
            residuals = residuals == null ? ResidualRules.none() : residuals;
        }

        public ApplyContext(PaymentDetail payment, List<OpenDocument> documents, ApplicationRule defaultRule) {
            this(payment, documents, defaultRule, null);
        }
    }

    private final Transactions tx;

    private final MoneyText text;
    private final PaymentRepository payments;
    private final DocumentRepository documents;
    private final ApplicationRepository applications;
    private final PaymentQueries queries;
    private final Lookups lookups;
    private final PaymentPolicy policy;
    private final SettingsService settings;
    private final ResidualRulesReader residuals;
    private final UserContext user;
    private final Clock clock;

    ApplicationService(Transactions tx, PaymentRepository payments, DocumentRepository documents,
                       ApplicationRepository applications, PaymentQueries queries, Lookups lookups,
                       SettingsService settings, ResidualRulesReader residuals, PaymentPolicy policy, UserContext user, Clock clock, MoneyText text) {

        this.text = text;
        this.tx = tx;
        this.payments = payments;
        this.documents = documents;
        this.applications = applications;
        this.queries = queries;
        this.lookups = lookups;
        this.policy = policy;
        this.settings = settings;
        this.residuals = residuals;
        this.user = user;
        this.clock = clock;
    }

    /** Loads the payment and its account's open documents with all their items, in one transaction. */
    public ApplyContext context(String paymentNumber) {
        ApplicationRule rule = settings.defaultApplicationRule();
        return tx.read(t -> {
            PaymentDetail payment = queries.header(t, paymentNumber == null ? "" : paymentNumber.trim())
                    .orElseThrow(() -> new ValidationException("Payment", "'" + paymentNumber
                            + "' is not a payment number"));
            PaymentRecord p = payments.findByNumber(t, payment.summary().number()).orElseThrow();
            return new ApplyContext(payment, queries.openDocuments(t, p.getAccountId()), rule,
                    residuals.read(t, p.getAccountId()));
        });
    }

    public ApplyResult apply(ApplyCommand c) {
        user.require(Permission.PAYMENT_APPLY, "apply payments");
        return tx.inTransaction(t -> apply(t, c));
    }

    /** Applies within the caller's transaction (permission checked by the caller). */
    ApplyResult apply(DSLContext t, ApplyCommand c) {
        if (c.effectiveDate() == null) {
            throw new ValidationException(PaymentPolicy.EFFECTIVE_DATE, "is required");
        }
        lookups.requireOpen(t, PaymentPolicy.EFFECTIVE_DATE, c.effectiveDate());
        ApplicationRule rule = PaymentService.ruleOrDefault(c.rule(), settings);
        PaymentRecord payment = lookups.lockPayment(t, "Payment", c.paymentNumber());
        PaymentService.checkVersion(payment, c.expectedPaymentVersion());
        checkDocumentVersions(t, c.expectedDocumentVersions());
        Optional<String> refusal = PaymentActionPolicy.whyNotApply(payment.getNumber(), payment.getStatus(),
                payment.getUnappliedAmount().signum() > 0);
        if (refusal.isPresent()) {
            throw new ServiceException(refusal.get());
        }
        PaymentPolicy.require(policy.notBeforePayment(PaymentPolicy.EFFECTIVE_DATE, c.effectiveDate(),
                payment.getEffectiveDate()));
        Currency currency = Currency.getInstance(payment.getCurrency());
        Money unapplied = Money.of(payment.getUnappliedAmount(), currency);
        Split split = c.documents() == null || c.documents().isEmpty()
                ? autoSplit(t, payment, c, rule, currency, unapplied)
                : documentSplit(t, payment, c, rule, currency);
        Money total = Money.zero(currency);
        for (DocumentLine line : split.lines) {
            total = total.plus(Money.of(line.amount(), currency));
        }
        if (!total.isPositive()) {
            throw new ValidationException("Amount to apply", "must be greater than zero");
        }
        PaymentPolicy.require(policy.withinUnapplied(PaymentPolicy.TOTAL_TO_APPLY, total, unapplied));
        if (!c.dryRun()) {
            save(t, payment, c.effectiveDate(), split, total);
        }
        return new ApplyResult(payment.getNumber(), !c.dryRun(), rule, total, unapplied.minus(total),
                split.applied, split.explanation);
    }

    /** Refuses when any document the clerk was shown changed since (balances moved by another use case). */
    private void checkDocumentVersions(DSLContext t, Map<String, Integer> expected) {
        if (expected == null) {
            return;
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            DocumentRecord doc = lookups.document(t, "Document", e.getKey());
            doc = documents.lock(t, doc.getId());
            if (doc.getVersion() != e.getValue().intValue()) {
                throw new StaleDataException(doc.getNumber() + " changed since the dialog opened (another window or"
                        + " the command line). Nothing was saved; reload to see its current balance.");
            }
        }
    }

    private void save(DSLContext t, PaymentRecord payment, LocalDate date, Split split, Money total) {
        // The repository takes the amounts off the item and document balances in the same transaction.
        applications.insert(t, payment.getId(), date, split.storedRule, split.lines, user.userId(),
                OffsetDateTime.now(clock));
        payments.addToParts(t, payment.getId(), total.amount(), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The lines to store, the split as the clerk sees it, and its explanation. */
    private static final class Split {
        final List<DocumentLine> lines = new ArrayList<>();
        final List<AppliedItem> applied = new ArrayList<>();
        final List<String> explanation = new ArrayList<>();
        String storedRule = "Manual";
    }

    private Split autoSplit(DSLContext t, PaymentRecord payment, ApplyCommand c, ApplicationRule rule,
                            Currency currency, Money unapplied) {
        Money amount = c.autoAmount() == null ? unapplied
                : AmountParser.money("Amount to apply", c.autoAmount(), currency, Sign.POSITIVE);
        // The documents and targets the Apply dialog previews with: one query, one way to build targets.
        List<AllocationTarget> targets = new ArrayList<>();
        Map<Long, OpenDocument> byItem = new HashMap<>();
        for (OpenDocument doc : queries.openDocuments(t, payment.getAccountId())) {
            if (!doc.documentDate().isAfter(c.effectiveDate())) {
                for (AllocationTarget target : doc.targets()) {
                    targets.add(target);
                    byItem.put(target.itemId(), doc);
                }
            }
        }
        if (targets.isEmpty()) {
            throw new ServiceException("Account has no open invoice or debit memo dated on or before "
                    + c.effectiveDate() + " to apply " + payment.getNumber() + " to.");
        }
        Allocation allocation = Allocator.allocate("Amount to apply", rule, amount, targets);
        Split split = new Split();
        split.storedRule = rule.code();
        split.explanation.addAll(allocation.explain(text));
        Map<Long, List<ItemLine>> lines = new LinkedHashMap<>();
        for (AllocationShare share : allocation.nonZeroShares()) {
            OpenDocument doc = byItem.get(share.target().itemId());
            lines.computeIfAbsent(doc.id(), k -> new ArrayList<>()).add(new ItemLine(share.target().itemId(),
                    share.amount()));
            split.applied.add(new AppliedItem(doc.number(), share.target().ordinal(), Money.of(share.amount(),
                    currency)));
        }
        lines.forEach((docId, items) -> split.lines.add(new DocumentLine(docId, items)));
        return split;
    }

    private Split documentSplit(DSLContext t, PaymentRecord payment, ApplyCommand c, ApplicationRule rule,
                                Currency currency) {
        Split split = new Split();
        Set<String> seen = new HashSet<>();
        boolean spread = false;
        for (DocumentAmount d : c.documents()) {
            String field = PaymentPolicy.documentField(d.documentNumber());
            DocumentRecord doc = lookups.document(t, "Document", d.documentNumber());
            if (!seen.add(doc.getNumber())) {
                throw new ValidationException(field, "is given twice");
            }
            doc = documents.lock(t, doc.getId());
            checkDocument(field, payment, doc, c.effectiveDate());
            List<ItemLine> lines = d.items() == null || d.items().isEmpty()
                    ? spreadOverItems(field, t, doc, d, rule, currency, split)
                    : givenItems(field, doc, d, documents.items(t, doc.getId()), currency, split);
            spread |= d.items() == null || d.items().isEmpty();
            split.lines.add(new DocumentLine(doc.getId(), lines));
        }
        split.storedRule = spread ? rule.code() : "Manual";
        return split;
    }

    private void checkDocument(String field, PaymentRecord payment, DocumentRecord doc, LocalDate date) {
        if (!doc.getAccountId().equals(payment.getAccountId())) {
            throw new ValidationException(field, "belongs to another account than payment " + payment.getNumber());
        }
        if (doc.getStatus() != DocumentStatus.POSTED) {
            throw new ValidationException(field, "is " + doc.getStatus().code().toLowerCase(Locale.ROOT)
                    + "; payments apply only to posted documents");
        }
        PaymentPolicy.require(policy.notBeforeDocument(PaymentPolicy.EFFECTIVE_DATE, date, doc.getNumber(),
                doc.getDocumentDate()));
    }

    private List<ItemLine> givenItems(String field, DocumentRecord doc, DocumentAmount d,
                                             List<DocumentRepository.ItemRow> items, Currency currency, Split split) {
        Map<Integer, DocumentRepository.ItemRow> byOrdinal = new HashMap<>();
        items.forEach(i -> byOrdinal.put(i.ordinal(), i));
        List<ItemLine> lines = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Money sum = Money.zero(currency);
        for (ItemAmount ia : d.items()) {
            String itemField = PaymentPolicy.itemField(doc.getNumber(), ia.ordinal());
            DocumentRepository.ItemRow item = byOrdinal.get(ia.ordinal());
            if (item == null) {
                throw new ValidationException(itemField, "does not exist (the document has " + items.size() + " items)");
            }
            if (!seen.add(ia.ordinal())) {
                throw new ValidationException(itemField, "is given twice");
            }
            Money amount = AmountParser.money(itemField, ia.amount(), currency, Sign.POSITIVE);
            Money balance = Money.of(item.balance(), currency);
            PaymentPolicy.require(policy.withinBalance(itemField, amount, balance));
            sum = sum.plus(amount);
            lines.add(new ItemLine(item.id(), amount.amount()));
            split.applied.add(new AppliedItem(doc.getNumber(), ia.ordinal(), amount));
        }
        Money open = Money.of(doc.getBalance().max(BigDecimal.ZERO), currency);
        if (sum.isGreaterThan(open)) {
            throw new ValidationException(field, "items " + text.display(sum) + " are more than the document's balance "
                    + text.display(open)
                    + (doc.getBalance().signum() <= 0 ? " (a credit on the document leaves nothing to pay)"
                    : " (a credit line on the document lowers what its other items can take)"));
        }
        if (d.amount() != null) {
            Money given = AmountParser.money(field, d.amount(), currency, Sign.POSITIVE);
            if (given.compareTo(sum) != 0) {
                throw new ValidationException(field, "amount " + text.display(given) + " differs from the sum of its"
                        + " item amounts " + text.display(sum));
            }
        }
        split.explanation.add(doc.getNumber() + ": item amounts as given, " + text.display(sum));
        return lines;
    }

    private List<ItemLine> spreadOverItems(String field, DSLContext t, DocumentRecord doc, DocumentAmount d,
                                           ApplicationRule rule, Currency currency, Split split) {
        Money amount = AmountParser.money(field, d.amount(), currency, Sign.POSITIVE);
        Money balance = Money.of(doc.getBalance(), currency);
        PaymentPolicy.require(policy.withinBalance(field, amount, balance));
        // The same document and targets the Apply dialog spreads a document amount over.
        OpenDocument open = queries.openDocument(t, doc.getId()).orElseThrow();
        Allocation allocation = Allocator.allocate(field, rule, amount, open.targets());
        split.explanation.addAll(allocation.explain(text));
        List<ItemLine> lines = new ArrayList<>();
        for (AllocationShare share : allocation.nonZeroShares()) {
            lines.add(new ItemLine(share.target().itemId(), share.amount()));
            split.applied.add(new AppliedItem(doc.getNumber(), share.target().ordinal(), Money.of(share.amount(),
                    currency)));
        }
        return lines;
    }
}
