package com.settle.service;

import com.settle.domain.AmountParser;
import com.settle.domain.AmountParser.Sign;
import com.settle.domain.Dates;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountingTransfer;
import com.settle.domain.model.AdjustmentStatus;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.HistoryType;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.Permission;
import com.settle.domain.policy.CreditPolicy;
import com.settle.domain.policy.PaymentActionPolicy;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.store.AccountRepository;
import com.settle.store.CreditBalanceRepository;
import com.settle.store.CreditBalanceRepository.NewAdjustment;
import com.settle.store.DocumentRepository;
import com.settle.store.PaymentRepository;
import com.settle.store.RefundRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import com.settle.store.jooq.tables.records.CreditBalanceAdjustmentItemRecord;
import com.settle.store.jooq.tables.records.CreditBalanceAdjustmentRecord;
import com.settle.store.jooq.tables.records.PaymentRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The credit balance: every change is a credit balance adjustment (CBA) and the account's balance
 * moves with it in the same transaction. The balance never goes below zero.
 */
public final class CreditBalanceService {

    static final String REASON_TYPE = "CreditBalanceAdjustment";

    /** A manual adjustment, as in Stripe's "Adjust balance" dialog. */
    public record AdjustCommand(String accountNumber, AdjustmentType type, BigDecimal amount, String reasonCode,
                                String accountingCode, String comment, LocalDate date) {
        public AdjustCommand {
            Dates.check("Date", date);
        }

    }

    /** Moves all or part of a payment's unapplied amount to the account's credit balance. */
    public record TransferCommand(String paymentNumber, BigDecimal amount, LocalDate date, String reasonCode,
                                  String accountingCode, String comment, Integer expectedPaymentVersion) {
        public TransferCommand {
            Dates.check("Date", date);
        }

        public TransferCommand(String paymentNumber, BigDecimal amount, LocalDate date, String reasonCode,
                               String accountingCode, String comment) {
            this(paymentNumber, amount, date, reasonCode, accountingCode, comment, null);
        }
    }

    private final Transactions tx;

    private final MoneyText text;
    private final CreditBalanceRepository adjustments;
    private final AccountRepository accounts;
    private final PaymentRepository payments;
    private final DocumentRepository documents;
    private final RefundRepository refunds;
    private final Lookups lookups;
    private final UserContext user;
    private final Clock clock;

    CreditBalanceService(Transactions tx, CreditBalanceRepository adjustments, AccountRepository accounts,
                         PaymentRepository payments, DocumentRepository documents, RefundRepository refunds,
                         Lookups lookups, UserContext user, Clock clock, MoneyText text) {

        this.text = text;
        this.refunds = refunds;
        this.tx = tx;
        this.adjustments = adjustments;
        this.accounts = accounts;
        this.payments = payments;
        this.documents = documents;
        this.lookups = lookups;
        this.user = user;
        this.clock = clock;
    }

    /** Creates a manual adjustment; returns its number ({@code CBA-00000001}). */
    public String adjust(AdjustCommand c) {
        user.require(Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE, "adjust credit balances");
        if (c.type() == null) {
            throw new ValidationException("Type", "is required (Increase or Decrease)");
        }
        String comment = Text.optional("Comment", c.comment(), 255);
        LocalDate date = c.date() == null ? LocalDate.now(clock) : c.date();
        return tx.inTransaction(t -> {
            lookups.requireOpen(t, "Date", date);
            AccountRecord account = lookups.account(t, "Account", c.accountNumber());
            account = accounts.lock(t, account.getId());
            Currency currency = Currency.getInstance(account.getCurrency());
            Money amount = AmountParser.money("Amount", c.amount(), currency, Sign.POSITIVE);
            Money balance = Money.of(account.getCreditBalance(), currency);
            if (c.type() == AdjustmentType.DECREASE) {
                PaymentPolicy.require(new CreditPolicy(text).withinCredit("Amount", amount, balance));
            }
            var a = new NewAdjustment(c.type(), amount.amount(), account.getId(), "Adjustment", null, null, null,
                    HistoryType.ADJUSTMENT, lookups.reasonCode(t, "Reason code", c.reasonCode(), REASON_TYPE),
                    lookups.accountingCode(t, "Accounting code", c.accountingCode(),
                            Lookups.CREDIT_ACCOUNTING_TYPE), comment, date);
            return adjustments.record(t, a, user.userId(), OffsetDateTime.now(clock)).getNumber();
        });
    }

    /** Pays all or part of the credit balance back to the customer. */
    public record RefundCommand(String accountNumber, BigDecimal amount, LocalDate date, PaymentMethod method,
                                String reference, String reasonCode, String comment) {
        public RefundCommand {
            Dates.check("Date", date);
        }

    }

    /** The fields that may change after creation: reason code and TransferredToAccounting (null keeps). */
    public record UpdateCommand(String number, String reasonCode, AccountingTransfer transferredToAccounting) {
    }

    /**
     * Refunds credit: a refund record {@code R-…} (source CreditBalance) and a Decrease adjustment with
     * source Refund; returns the adjustment number.
     */
    public String refund(RefundCommand c) {
        user.require(Permission.CREDIT_BALANCE_REFUND, "refund credit balances");
        if (c.method() == null) {
            throw new ValidationException("Method", "is required");
        }
        String reference = Text.optional("Reference", c.reference(), 100);
        String comment = Text.optional("Comment", c.comment(), 255);
        LocalDate date = c.date() == null ? LocalDate.now(clock) : c.date();
        return tx.inTransaction(t -> {
            lookups.requireOpen(t, "Date", date);
            AccountRecord account = accounts.lock(t, lookups.account(t, "Account", c.accountNumber()).getId());
            Currency currency = Currency.getInstance(account.getCurrency());
            Money amount = AmountParser.money("Amount", c.amount(), currency, Sign.POSITIVE);
            Money balance = Money.of(account.getCreditBalance(), currency);
            PaymentPolicy.require(new CreditPolicy(text).withinCredit("Amount", amount, balance));
            String refundReason = c.reasonCode() == null || c.reasonCode().isBlank() ? null
                    : lookups.reasonCode(t, "Reason code", c.reasonCode(), "Refund");
            var refund = refunds.insert(t, new RefundRepository.NewRefund(account.getId(), "CreditBalance", null,
                    amount.amount(), date, c.method(), reference, refundReason, comment), user.userId(),
                    OffsetDateTime.now(clock));
            var a = new NewAdjustment(AdjustmentType.DECREASE, amount.amount(), account.getId(), "Refund",
                    refund.getId(), refund.getNumber(), reference, HistoryType.REFUND,
                    lookups.reasonCode(t, "Reason code", null, REASON_TYPE), null, comment, date);
            return adjustments.record(t, a, user.userId(), OffsetDateTime.now(clock)).getNumber();
        });
    }

    /** Changes an adjustment's reason code and/or TransferredToAccounting; nothing else may change. */
    public void update(UpdateCommand c) {
        user.require(Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE, "edit credit balance adjustments");
        AccountingTransfer state = c.transferredToAccounting();
        tx.inTransaction(t -> {
            CreditBalanceAdjustmentRecord a = lock(t, c.number());
            String reason = c.reasonCode() == null || c.reasonCode().isBlank() ? a.getReasonCode()
                    : lookups.reasonCode(t, "Reason code", c.reasonCode(), REASON_TYPE);
            adjustments.update(t, a.getId(), reason, state == null ? a.getTransferredToAccounting() : state,
                    user.userId(), OffsetDateTime.now(clock));
            return null;
        });
    }

    private CreditBalanceAdjustmentRecord lock(DSLContext t, String number) {
        return adjustments.lockByNumber(t, number == null ? "" : number.trim())
                .orElseThrow(() -> new ValidationException("Adjustment", "'" + number
                        + "' is not a credit balance adjustment number"));
    }

    /** Transfers unapplied payment money to the credit balance; returns the CBA number. */
    public String transferFromPayment(TransferCommand c) {
        user.require(Permission.PAYMENT_TRANSFER, "transfer payments to the credit balance");
        return tx.inTransaction(t -> transferFromPayment(t, c));
    }

    /** Transfers within the caller's transaction (permission checked by the caller). */
    String transferFromPayment(DSLContext t, TransferCommand c) {
        String comment = Text.optional("Comment", c.comment(), 255);
        LocalDate date = c.date() == null ? LocalDate.now(clock) : c.date();
        Lookups.Spend spend = lookups.spendUnapplied(t, c.paymentNumber(), c.expectedPaymentVersion(),
                c.amount(), "Date", date, PaymentActionPolicy::whyNotTransfer);
        PaymentRecord payment = spend.payment();
        Money amount = spend.amount();
        accounts.lock(t, payment.getAccountId());
        var a = new NewAdjustment(AdjustmentType.INCREASE, amount.amount(), payment.getAccountId(), "Payment",
                payment.getId(), payment.getNumber(), payment.getNumber(), HistoryType.FROM_PAYMENT,
                lookups.reasonCode(t, "Reason code", c.reasonCode(), REASON_TYPE),
                lookups.accountingCode(t, "Accounting code", c.accountingCode(),
                        Lookups.CREDIT_ACCOUNTING_TYPE), comment, date);
        String number = adjustments.record(t, a, user.userId(), OffsetDateTime.now(clock)).getNumber();
        payments.addToParts(t, payment.getId(), BigDecimal.ZERO, BigDecimal.ZERO, amount.amount());
        return number;
    }

    /**
     * Cancels a processed adjustment: its effect on the balance (and on the payment or invoice items it
     * came from or went to) is reversed; the adjustment itself stays in the history, marked Canceled.
     */
    public void cancel(String number) {
        user.require(Permission.CREDIT_BALANCE_ADJUSTMENT_CANCEL, "cancel credit balance adjustments");
        tx.inTransaction(t -> {
            CreditBalanceAdjustmentRecord a = lock(t, number);
            if (a.getStatus() != AdjustmentStatus.PROCESSED) {
                throw new ServiceException(a.getNumber() + " is already canceled.");
            }
            if (HistoryType.fromCode(a.getHistoryType()) == HistoryType.REFUND) {
                throw new ServiceException(a.getNumber() + " paid out a refund; money that has left cannot be"
                        + " canceled here. Record an Increase adjustment if the refund came back.");
            }
            AccountRecord account = accounts.lock(t, a.getAccountId());
            Currency currency = Currency.getInstance(account.getCurrency());
            boolean increase = AdjustmentType.fromCode(a.getType()) == AdjustmentType.INCREASE;
            if (increase && a.getAmount().compareTo(account.getCreditBalance()) > 0) {
                throw new ServiceException("Canceling " + a.getNumber() + " would make the credit balance of "
                        + account.getNumber() + " negative (balance " + text.display(Money.of(account.getCreditBalance(),
                        currency)) + ", adjustment " + text.display(Money.of(a.getAmount(), currency)) + ").");
            }
            if (HistoryType.fromCode(a.getHistoryType()) == HistoryType.FROM_PAYMENT) {
                PaymentRecord p = payments.lock(t, a.getSourceTransactionId());
                payments.addToParts(t, p.getId(), BigDecimal.ZERO, BigDecimal.ZERO, a.getAmount().negate());
            }
            reverseItems(t, a, increase);
            adjustments.cancel(t, a, LocalDate.now(clock), user.userId(), OffsetDateTime.now(clock));
            return null;
        });
    }

    /** Gives invoice items back what an applied_to_invoice took (or takes back what a from_invoice cleared). */
    private void reverseItems(DSLContext t, CreditBalanceAdjustmentRecord a, boolean increase) {
        Map<Long, BigDecimal> byItem = new HashMap<>();
        Map<Long, BigDecimal> byDocument = new HashMap<>();
        for (CreditBalanceAdjustmentItemRecord line : adjustments.items(t, a.getId())) {
            BigDecimal delta = increase ? line.getAmount().negate() : line.getAmount();
            DocumentRepository.ItemRow item = documents.item(t, line.getDocumentItemId());
            byItem.merge(item.id(), delta, BigDecimal::add);
            byDocument.merge(item.documentId(), delta, BigDecimal::add);
        }
        documents.addToBalances(t, byItem, byDocument);
    }
}
