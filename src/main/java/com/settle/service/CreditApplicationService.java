package com.settle.service;

import com.settle.domain.AmountParser;
import com.settle.domain.AmountParser.Sign;
import com.settle.domain.Dates;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.HistoryType;
import com.settle.domain.model.Permission;
import com.settle.domain.model.PlannedCredit;
import com.settle.domain.policy.CreditPolicy;
import com.settle.domain.policy.DocumentPolicy;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.store.AccountRepository;
import com.settle.store.CreditBalanceQueries;
import com.settle.store.CreditBalanceRepository;
import com.settle.store.CreditBalanceRepository.NewAdjustment;
import com.settle.store.DocumentRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import com.settle.store.jooq.tables.records.DocumentRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spending the credit balance on invoices (one invoice, or every account of the work queue, oldest
 * invoice first) and turning an invoice's negative balance into credit. Every application is a
 * Decrease adjustment with source Invoice whose split over the invoice's items is recorded.
 */
public final class CreditApplicationService {

    /** Apply to one invoice: {@code invoiceNumber} null takes the oldest open one, {@code amount} null the most. */
    public record ApplyCreditCommand(String accountNumber, String invoiceNumber, BigDecimal amount, LocalDate date,
                                     String reasonCode, String accountingCode, String comment) {
        public ApplyCreditCommand {
            Dates.check("Date", date);
        }

    }

    /** What a batch run did: the applications made and the accounts refused (each with the reason). */
    public record BatchResult(List<PlannedCredit> applied, List<String> refused, int accounts, boolean canceled) {
    }

    /** Progress of a batch run: accounts done of all. */
    public interface Progress {
        void update(int done, int total);
    }

    private final Transactions tx;

    private final MoneyText text;
    private final CreditBalanceRepository adjustments;
    private final CreditBalanceQueries queries;
    private final AccountRepository accounts;
    private final DocumentRepository documents;
    private final SettingsService settings;
    private final Lookups lookups;
    private final PaymentPolicy policy;
    private final UserContext user;
    private final Clock clock;
    private final CreditBatch batch;

    CreditApplicationService(Transactions tx, CreditBalanceRepository adjustments, CreditBalanceQueries queries,
                             AccountRepository accounts, DocumentRepository documents, SettingsService settings,
                             Lookups lookups, PaymentPolicy policy, UserContext user, Clock clock, MoneyText text) {

        this.text = text;
        this.tx = tx;
        this.adjustments = adjustments;
        this.queries = queries;
        this.accounts = accounts;
        this.documents = documents;
        this.settings = settings;
        this.lookups = lookups;
        this.policy = policy;
        this.user = user;
        this.clock = clock;
        this.batch = new CreditBatch(adjustments, queries, accounts, documents, policy, user, clock);
    }

    /**
     * Applies credit to one invoice: by default the oldest open invoice and min(credit balance,
     * invoice balance); a given amount may be lower, never above either.
     */
    public PlannedCredit applyToInvoice(ApplyCreditCommand c) {
        user.require(Permission.CREDIT_BALANCE_APPLY, "apply credit balances");
        String comment = Text.optional("Comment", c.comment(), 255);
        LocalDate date = c.date() == null ? LocalDate.now(clock) : c.date();
        ApplicationRule rule = settings.defaultApplicationRule();
        return tx.inTransaction(t -> {
            lookups.requireOpen(t, "Date", date);
            AccountRecord account = accounts.lock(t, lookups.account(t, "Account", c.accountNumber()).getId());
            Currency currency = Currency.getInstance(account.getCurrency());
            Money credit = Money.of(account.getCreditBalance(), currency);
            if (credit.amount().signum() == 0) {
                throw new ServiceException("Account " + account.getNumber() + " has no credit balance to apply.");
            }
            DocumentRecord invoice = c.invoiceNumber() == null || c.invoiceNumber().isBlank()
                    ? oldestOpenInvoice(t, account)
                    : lookups.document(t, "Invoice", c.invoiceNumber());
            invoice = documents.lock(t, invoice.getId());
            checkInvoice(policy, account, invoice, date);
            Money open = Money.of(invoice.getBalance(), currency);
            Money most = credit.isGreaterThan(open) ? open : credit;
            Money amount = c.amount() == null ? most : AmountParser.money("Amount", c.amount(), currency, Sign.POSITIVE);
            PaymentPolicy.require(new CreditPolicy(text).withinCredit("Amount", amount, credit));
            PaymentPolicy.require(policy.withinBalance("Amount", amount, open));
            String reason = lookups.reasonCode(t, "Reason code", c.reasonCode(), CreditBalanceService.REASON_TYPE);
            String code = lookups.accountingCode(t, "Accounting code", c.accountingCode(),
                    Lookups.CREDIT_ACCOUNTING_TYPE);
            return batch.write(t, List.of(new CreditBatch.Planned(account, invoice, open, amount)),
                    Map.of(account.getId(), account), date, rule, reason, code, comment, false).get(0);
        });
    }

    /** What {@link #applyAll} would do now, without saving anything: the same run, with nothing written. */
    public List<PlannedCredit> previewAll() {
        return applyAll((done, total) -> { }, () -> false, true, Set.of()).applied();
    }

    /** Applies every queued account's credit balance (see {@link #applyAll(Progress, BooleanSupplier, boolean)}). */
    public BatchResult applyAll(Progress progress, BooleanSupplier canceled) {
        return applyAll(progress, canceled, false, Set.of());
    }

    /**
     * Like {@link #applyAll(Progress, BooleanSupplier)}, leaving out the previewed applications to the invoices in
     * {@code leaveOut}: their credit stays on the account, so every other application is the one previewed.
     */
    public BatchResult applyAll(Progress progress, BooleanSupplier canceled, Set<String> leaveOut) {
        return applyAll(progress, canceled, false, leaveOut);
    }

    /** The run, or with {@code dryRun} its preview (see {@link #applyAll(Progress, BooleanSupplier, boolean, Set)}). */
    public BatchResult applyAll(Progress progress, BooleanSupplier canceled, boolean dryRun) {
        return applyAll(progress, canceled, dryRun, Set.of());
    }

    /**
     * Applies every queued account's credit balance to its open invoices dated on or before today, oldest
     * first, in groups of accounts, each group one transaction of about {@link CreditBatch#GROUP_NANOS} (at most
     * {@value CreditBatch#GROUP_ACCOUNTS} accounts), so that other clerks' use cases wait for one group at most;
     * when the database refuses something in a group, its accounts are applied again one per transaction, so only
     * the account at fault is refused. Stops between accounts when {@code canceled} says so; what was applied
     * stays applied. A {@code dryRun} is this same run with nothing written: what it plans is what the run
     * stores.
     */
    public BatchResult applyAll(Progress progress, BooleanSupplier canceled, boolean dryRun, Set<String> leaveOut) {
        user.require(Permission.CREDIT_BALANCE_APPLY, "apply credit balances");
        ApplicationRule rule = settings.defaultApplicationRule();
        LocalDate date = LocalDate.now(clock);
        List<Long> ids = tx.read(queries::queueAccountIds);
        String reason = tx.read(t -> lookups.reasonCode(t, "Reason code", null, CreditBalanceService.REASON_TYPE));
        List<PlannedCredit> applied = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int next = 0;
        int size = CreditBatch.FIRST_GROUP;
        while (next < ids.size()) {
            // (Cancel is asked before each account, inside the group.)
            List<Long> group = ids.subList(next, Math.min(ids.size(), next + size));
            try {
                long[] began = {0}; // once the books are this run's: waiting for another clerk does not count
                CreditBatch.Group done = tx.inTransaction(t -> {
                    began[0] = System.nanoTime();
                    return batch.applyGroup(t, group, date, rule, reason, canceled, dryRun, leaveOut);
                });
                size = CreditBatch.nextGroupSize(group.size(), System.nanoTime() - began[0]);
                applied.addAll(done.applied);
                refused.addAll(done.refused);
                if (done.processed < group.size()) {
                    next += done.processed;
                    progress.update(next, ids.size());
                    break;
                }
            } catch (ValidationException | ServiceException e) {
                // The database refused something in the group, which is now all undone: apply its accounts
                // one by one, each in its own transaction, so only the account at fault is refused.
                LOG.warn("Batch group of {} accounts refused ({}); applying them one by one", group.size(),
                        e.getMessage());
                for (long id : group) {
                    if (canceled.getAsBoolean()) {
                        return new BatchResult(applied, refused, next, true);
                    }
                    try {
                        CreditBatch.Group one = tx.inTransaction(t -> batch.applyGroup(t, List.of(id), date, rule,
                                reason, () -> false, dryRun, leaveOut));
                        applied.addAll(one.applied);
                        refused.addAll(one.refused);
                    } catch (ValidationException | ServiceException one) {
                        refused.add(accountNumber(id) + ": " + one.getMessage());
                    }
                    progress.update(++next, ids.size());
                }
                continue;
            }
            next += group.size();
            progress.update(next, ids.size());
        }
        return new BatchResult(applied, refused, next, next < ids.size());
    }

    private static final Logger LOG = LoggerFactory.getLogger(CreditApplicationService.class);

    /**
     * Moves an invoice's negative balance to the account's credit balance: an Increase with source
     * Invoice (from_invoice); the items with a negative balance give up that amount, first item first
     * (all of it when no positive item is still open).
     */
    public String transferFromInvoice(String invoiceNumber, LocalDate date, String reasonCode, String accountingCode,
                                      String comment) {
        user.require(Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE, "create credit balance adjustments");
        String text = Text.optional("Comment", comment, 255);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return tx.inTransaction(t -> {
            lookups.requireOpen(t, "Date", on);
            DocumentRecord invoice = documents.lock(t, lookups.document(t, "Invoice", invoiceNumber).getId());
            AccountRecord account = accounts.lock(t, invoice.getAccountId());
            var refusal = DocumentPolicy.whyNotTransfer(invoice.getNumber(),
                    DocumentType.fromCode(invoice.getDocType()), invoice.getStatus(), invoice.getBalance());
            if (refusal.isPresent()) {
                throw new ServiceException(refusal.get());
            }
            PaymentPolicy.require(policy.notBeforeDocument("Date", on, invoice.getNumber(),
                    invoice.getDocumentDate()));
            BigDecimal amount = invoice.getBalance().negate();
            var a = new NewAdjustment(AdjustmentType.INCREASE, amount, account.getId(), "Invoice", invoice.getId(),
                    invoice.getNumber(), invoice.getNumber(), HistoryType.FROM_INVOICE,
                    lookups.reasonCode(t, "Reason code", reasonCode, CreditBalanceService.REASON_TYPE),
                    lookups.accountingCode(t, "Accounting code", accountingCode, Lookups.CREDIT_ACCOUNTING_TYPE),
                    text, on);
            var cba = adjustments.record(t, a, user.userId(), OffsetDateTime.now(clock));
            // The negative items give up exactly the invoice's negative balance, in item order: with a
            // positive item still open beside them, only the net amount leaves the invoice.
            Map<Long, BigDecimal> byItem = new LinkedHashMap<>();
            BigDecimal left = amount;
            for (DocumentRepository.ItemRow item : documents.items(t, invoice.getId())) {
                if (item.balance().signum() < 0 && left.signum() > 0) {
                    BigDecimal take = item.balance().negate().min(left);
                    byItem.put(item.id(), take);
                    left = left.subtract(take);
                }
            }
            adjustments.insertItems(t, cba.getId(), byItem);
            documents.addToBalances(t, byItem, Map.of(invoice.getId(), amount));
            return cba.getNumber();
        });
    }

    private DocumentRecord oldestOpenInvoice(DSLContext t, AccountRecord account) {
        List<DocumentRecord> open = queries.openInvoices(t, account.getId());
        if (open.isEmpty()) {
            throw new ServiceException("Account " + account.getNumber() + " has no open invoice to apply credit to.");
        }
        return open.get(0);
    }

    static void checkInvoice(PaymentPolicy policy, AccountRecord account, DocumentRecord invoice, LocalDate date) {
        String field = "Invoice " + invoice.getNumber();
        if (!invoice.getAccountId().equals(account.getId())) {
            throw new ValidationException(field, "belongs to another account than " + account.getNumber());
        }
        if (!"Invoice".equals(invoice.getDocType()) || invoice.getStatus() != DocumentStatus.POSTED
                || invoice.getBalance().signum() <= 0) {
            throw new ValidationException(field, "is not an open posted invoice (" + invoice.getDocType() + ", "
                    + invoice.getStatus() + ", balance " + invoice.getBalance().stripTrailingZeros().toPlainString()
                    + ")");
        }
        PaymentPolicy.require(policy.notBeforeDocument("Date", date, invoice.getNumber(), invoice.getDocumentDate()));
    }

    /** The Decrease, its split over the invoice's items by {@code rule}, and the balances it moves. */
    private String accountNumber(long id) {
        return tx.read(t -> accounts.findById(t, id).map(AccountRecord::getNumber).orElse("account " + id));
    }
}
