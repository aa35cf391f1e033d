package com.settle.service;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountStatus;
import com.settle.domain.model.PaymentStatus;
import com.settle.domain.policy.ClosingPolicy;
import com.settle.domain.policy.PaymentActionPolicy;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.store.AccountRepository;
import com.settle.store.ClosingDateRepository;
import com.settle.store.CodeRepository;
import com.settle.store.DocumentRepository;
import com.settle.store.PaymentRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import com.settle.store.jooq.tables.records.DocumentRecord;
import com.settle.store.jooq.tables.records.PaymentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.jooq.DSLContext;

/** Finds records by the numbers a clerk types, with a message naming the field when there is none. */
final class Lookups {

    private final AccountRepository accounts;
    private final DocumentRepository documents;
    private final PaymentRepository payments;
    private final CodeRepository codes;
    private final PaymentPolicy policy;
    private final ClosingDateRepository closing;
    private final ClosingPolicy closingPolicy;

    Lookups(AccountRepository accounts, DocumentRepository documents, PaymentRepository payments, CodeRepository codes,
            PaymentPolicy policy, ClosingDateRepository closing, ClosingPolicy closingPolicy) {
        this.policy = policy;
        this.closing = closing;
        this.closingPolicy = closingPolicy;
        this.accounts = accounts;
        this.documents = documents;
        this.payments = payments;
        this.codes = codes;
    }

    /** Refuses {@code date} when it lies in the closed period, naming the field and the closing date. */
    void requireOpen(DSLContext tx, String field, LocalDate date) {
        PaymentPolicy.require(closingPolicy.open(field, date, closedThrough(tx)));
    }

    /** The last day of the closed period, or null when nothing is closed. */
    LocalDate closedThrough(DSLContext tx) {
        return closing.closedThrough(tx).orElse(null);
    }

    /** The closing date's wording, for checks made row by row (imports). */
    ClosingPolicy closingPolicy() {
        return closingPolicy;
    }

    AccountRecord account(DSLContext tx, String field, String number) {
        return accounts.findByNumber(tx, trim(field, number))
                .orElseThrow(() -> new ValidationException(field, "'" + number + "' is not an account number"));
    }

    /**
     * An account that may take new business (documents, payments, opening credit): an inactive one is
     * refused with the way out. What is already on it (applying, refunding) still works.
     */
    AccountRecord activeAccount(DSLContext tx, String field, String number) {
        AccountRecord account = account(tx, field, number);
        String why = inactive(account);
        if (why != null) {
            throw new ValidationException(field, why);
        }
        return account;
    }

    /** Why the account takes no new business, or null when it does. */
    static String inactive(AccountRecord account) {
        return account.getStatus() == AccountStatus.ACTIVE ? null
                : account.getNumber() + " is inactive; activate it first (Accounts > Edit account, or settle account activate "
                        + account.getNumber() + ")";
    }

    DocumentRecord document(DSLContext tx, String field, String number) {
        return documents.findByNumber(tx, trim(field, number))
                .orElseThrow(() -> new ValidationException(field, "'" + number
                        + "' is not an invoice or debit memo number"));
    }

    PaymentRecord lockPayment(DSLContext tx, String field, String number) {
        return payments.lockByNumber(tx, trim(field, number))
                .orElseThrow(() -> new ValidationException(field, "'" + number + "' is not a payment number"));
    }

    /**
     * Locks a payment and checks that {@code amount} of its unapplied money can leave it (refund,
     * transfer) on {@code date}: processed, unchanged since loaded, enough unapplied, not before it.
     */
    /** A locked payment and an amount of its unapplied money that may leave it. */
    record Spend(PaymentRecord payment, Money amount) {
    }

    /** What spending a payment's unapplied amount needs from its state ({@link PaymentActionPolicy}). */
    interface SpendCheck {
        Optional<String> whyNot(String number, PaymentStatus status, boolean somethingUnapplied);
    }

    Spend spendUnapplied(DSLContext tx, String paymentNumber, Integer expectedVersion, BigDecimal amount,
                         String dateField, LocalDate date, SpendCheck check) {
        requireOpen(tx, dateField, date);
        PaymentRecord payment = lockPayment(tx, "Payment", paymentNumber);
        PaymentService.checkVersion(payment, expectedVersion);
        Optional<String> refusal = check.whyNot(payment.getNumber(), payment.getStatus(),
                payment.getUnappliedAmount().signum() > 0);
        if (refusal.isPresent()) {
            throw new ServiceException(refusal.get());
        }
        Currency currency = Currency.getInstance(payment.getCurrency());
        Money money = AmountParser.money("Amount", amount, currency, AmountParser.Sign.POSITIVE);
        Money unapplied = Money.of(payment.getUnappliedAmount(), currency);
        PaymentPolicy.require(policy.withinUnapplied("Amount", money, unapplied));
        PaymentPolicy.require(policy.notBeforePayment(dateField, date, payment.getEffectiveDate()));
        return new Spend(payment, money);
    }

    /** An active reason code for the transaction type, or the type's default when none is given. */
    String reasonCode(DSLContext tx, String field, String code, String transactionType) {
        if (code == null || code.isBlank()) {
            return codes.defaultReasonCode(tx, transactionType).orElseThrow(() -> new ServiceException(
                    "There is no default reason code for " + transactionType
                            + ". Choose a reason code, or set a default in Settings > Reason codes."));
        }
        if (!codes.isActiveReasonCode(tx, code.trim(), transactionType)) {
            throw new ValidationException(field, "'" + code + "' is not an active reason code for " + transactionType);
        }
        return code.trim();
    }

    /** The accounting code type an invoice item posts to when it names none. */
    static final String ITEM_ACCOUNTING_TYPE = "Revenue";
    /** The accounting code type a credit balance adjustment posts to when it names none. */
    static final String CREDIT_ACCOUNTING_TYPE = "CustomerCashOnAccount";

    /** An active accounting code; when none is given, the type's default, or null when it has none. */
    String accountingCode(DSLContext tx, String field, String code, String type) {
        if (code == null || code.isBlank()) {
            return codes.defaultAccountingCode(tx, type).orElse(null);
        }
        if (!codes.isActiveAccountingCode(tx, code.trim())) {
            throw new ValidationException(field, "'" + code + "' is not an active accounting code");
        }
        return code.trim();
    }

    private static String trim(String field, String number) {
        if (number == null || number.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        return number.trim();
    }
}
