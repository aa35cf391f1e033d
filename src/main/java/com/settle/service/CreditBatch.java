package com.settle.service;

import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import com.settle.domain.allocation.Allocation;
import com.settle.domain.allocation.AllocationShare;
import com.settle.domain.allocation.AllocationTarget;
import com.settle.domain.allocation.Allocator;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.HistoryType;
import com.settle.domain.model.PlannedCredit;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;

/**
 * A credit batch run's one way to plan and apply a group of accounts, set-based in the caller's transaction.
 * The run, its retry of a refused group account by account, and its dry run all come here, so what a dry
 * run plans is what the run stores.
 */
final class CreditBatch {

    private final CreditBalanceRepository adjustments;
    private final CreditBalanceQueries queries;
    private final AccountRepository accounts;
    private final DocumentRepository documents;
    private final PaymentPolicy policy;
    private final UserContext user;
    private final Clock clock;

    CreditBatch(CreditBalanceRepository adjustments, CreditBalanceQueries queries, AccountRepository accounts,
                DocumentRepository documents, PaymentPolicy policy, UserContext user, Clock clock) {
        this.policy = policy;
        this.adjustments = adjustments;
        this.queries = queries;
        this.accounts = accounts;
        this.documents = documents;
        this.user = user;
        this.clock = clock;
    }

    /** The most accounts applied together in one transaction by a batch run. */
    static final int GROUP_ACCOUNTS = 200;
    /** Accounts in a batch run's first transaction, which measures how long an account takes. */
    static final int FIRST_GROUP = 10;
    /**
     * How long one transaction of a batch run may hold the books: every other write (another clerk's, on a server
     * in any process) waits for the one under way, then goes before the batch's next.
     */
    static final long GROUP_NANOS = 50_000_000L;

    /**
     * The size of the next group, from the last one's: as many accounts as fit in {@link #GROUP_NANOS} at the last
     * group's pace, at least one and at most {@link #GROUP_ACCOUNTS}.
     */
    static int nextGroupSize(int lastSize, long lastNanos) {
        long perAccount = Math.max(1, lastNanos / Math.max(1, lastSize));
        return (int) Math.max(1, Math.min(GROUP_ACCOUNTS, GROUP_NANOS / perAccount));
    }

    /** What one group of a batch run did. */
    static final class Group {
        final List<PlannedCredit> applied = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
        /** Accounts of the group looked at before a cancel (all of them unless canceled). */
        int processed;
    }

    /** One planned application of credit to an invoice ({@code open} is its balance before), not yet written. */
    record Planned(AccountRecord account, DocumentRecord invoice, Money open, Money amount) {
    }

    /**
     * Applies a group of accounts set-based: locks the accounts and their open invoices, plans each
     * account in memory (oldest invoice first, min rule), splits each application over the invoice's
     * items, then writes every adjustment, history line, item split and balance in a few statements.
     * An invoice dated after {@code date} is not a candidate (credit cannot be applied before the invoice
     * exists). With {@code dryRun} nothing is written and the applications come back without numbers. An invoice
     * in {@code leaveOut} is planned (its credit stays on the account) but not written, so the other
     * applications are exactly the ones previewed.
     */
    Group applyGroup(DSLContext t, List<Long> ids, LocalDate date, ApplicationRule rule,
                     String reason, BooleanSupplier canceled, boolean dryRun, Set<String> leaveOut) {
        Group result = new Group();
        Map<Long, AccountRecord> locked = accounts.lockAll(t, ids);
        Map<Long, List<DocumentRecord>> invoicesOf = new HashMap<>();
        for (DocumentRecord d : queries.lockOpenInvoices(t, ids)) {
            invoicesOf.computeIfAbsent(d.getAccountId(), k -> new ArrayList<>()).add(d);
        }
        List<Planned> plan = new ArrayList<>();
        for (long id : ids) {
            if (canceled.getAsBoolean()) {
                break;
            }
            result.processed++;
            AccountRecord account = locked.get(id);
            if (account == null) {
                continue;
            }
            Currency currency = Currency.getInstance(account.getCurrency());
            Money credit = Money.of(account.getCreditBalance(), currency);
            List<Planned> mine = new ArrayList<>();
            try {
                for (DocumentRecord invoice : invoicesOf.getOrDefault(id, List.of())) {
                    if (credit.amount().signum() == 0) {
                        break;
                    }
                    if (invoice.getDocumentDate().isAfter(date)) {
                        continue;
                    }
                    CreditApplicationService.checkInvoice(policy, account, invoice, date);
                    Money open = Money.of(invoice.getBalance(), currency);
                    Money amount = credit.isGreaterThan(open) ? open : credit;
                    if (!leaveOut.contains(invoice.getNumber())) {
                        mine.add(new Planned(account, invoice, open, amount));
                    }
                    credit = credit.minus(amount);
                }
                plan.addAll(mine);
            } catch (ValidationException e) {
                result.refused.add(account.getNumber() + ": " + e.getMessage());
            }
        }
        if (plan.isEmpty()) {
            return result;
        }
        result.applied.addAll(write(t, plan, locked, date, rule, reason, null, null, dryRun));
        return result;
    }

    /**
     * The one code path that stores credit applied to invoices, for a batch group and for a single invoice
     * alike: splits each planned application over its invoice's open items by {@code rule}, then writes every
     * adjustment, history line, item split and balance in a few statements. With {@code dryRun} nothing is
     * written and the applications come back without numbers.
     *
     * @param locked the accounts of the plan, locked by the caller
     */
    List<PlannedCredit> write(DSLContext t, List<Planned> plan, Map<Long, AccountRecord> locked, LocalDate date,
                              ApplicationRule rule, String reason, String accountingCode, String comment,
                              boolean dryRun) {
        Map<Long, List<DocumentRepository.ItemRow>> itemsOf = new HashMap<>();
        for (DocumentRepository.ItemRow item : documents.items(t, plan.stream().map(p -> p.invoice().getId()).toList())) {
            itemsOf.computeIfAbsent(item.documentId(), k -> new ArrayList<>()).add(item);
        }
        List<NewAdjustment> adjustmentsToWrite = new ArrayList<>();
        List<Map<Long, BigDecimal>> splits = new ArrayList<>();
        Map<Long, BigDecimal> byItem = new HashMap<>();
        Map<Long, BigDecimal> byDocument = new HashMap<>();
        for (Planned p : plan) {
            DocumentRecord invoice = p.invoice();
            List<AllocationTarget> targets = new ArrayList<>();
            for (DocumentRepository.ItemRow item : itemsOf.getOrDefault(invoice.getId(), List.of())) {
                if (item.balance().signum() > 0) {
                    targets.add(new AllocationTarget(item.id(), invoice.getNumber(), invoice.getDueDate(),
                            invoice.getDocumentDate(), item.ordinal(), item.balance()));
                }
            }
            Allocation split = Allocator.allocate("Amount", rule, p.amount(), targets);
            Map<Long, BigDecimal> shares = new LinkedHashMap<>();
            for (AllocationShare share : split.nonZeroShares()) {
                shares.put(share.target().itemId(), share.amount());
                byItem.merge(share.target().itemId(), share.amount().negate(), BigDecimal::add);
            }
            splits.add(shares);
            byDocument.merge(invoice.getId(), p.amount().amount().negate(), BigDecimal::add);
            adjustmentsToWrite.add(new NewAdjustment(AdjustmentType.DECREASE, p.amount().amount(),
                    p.account().getId(), "Invoice", invoice.getId(), invoice.getNumber(), invoice.getNumber(),
                    HistoryType.APPLIED_TO_INVOICE, reason, accountingCode, comment, date));
        }
        List<PlannedCredit> out = new ArrayList<>();
        if (dryRun) {
            for (Planned p : plan) {
                out.add(new PlannedCredit(p.account().getNumber(), p.account().getName(),
                        p.invoice().getNumber(), p.invoice().getDocumentDate(), p.open(), p.amount(), null));
            }
            return out;
        }
        var recorded = adjustments.recordAll(t, adjustmentsToWrite, locked, user.userId(), OffsetDateTime.now(clock));
        Map<Long, Map<Long, BigDecimal>> itemsByAdjustment = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            itemsByAdjustment.put(recorded.get(i).id(), splits.get(i));
            out.add(new PlannedCredit(p.account().getNumber(), p.account().getName(),
                    p.invoice().getNumber(), p.invoice().getDocumentDate(), p.open(), p.amount(),
                    recorded.get(i).number()));
        }
        adjustments.insertItems(t, itemsByAdjustment);
        documents.addToBalances(t, byItem, byDocument);
        return out;
    }
}
