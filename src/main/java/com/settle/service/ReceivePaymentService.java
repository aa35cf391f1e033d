package com.settle.service;

import com.settle.domain.Money;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.OpenDocument;
import com.settle.domain.model.Overpayment;
import com.settle.domain.model.Permission;
import com.settle.domain.model.ResidualRules;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.ApplyResult;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.CreditBalanceService.TransferCommand;
import com.settle.service.PaymentService.NewPaymentCommand;
import com.settle.service.PaymentService.RefundCommand;
import com.settle.store.PaymentQueries;
import com.settle.store.PaymentRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import com.settle.store.jooq.tables.records.PaymentRecord;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Receive payment (as in QuickBooks' Receive Payments window): records a payment, applies it to the
 * customer's open documents and settles what is left over (unapplied, to the credit balance, or refunded),
 * all in one transaction: either all of it is in the books or none of it.
 */
public final class ReceivePaymentService {

    /** What the customer's open documents look like when the window opens on an account. */
    public record ReceiveContext(String accountNumber, Currency currency, List<OpenDocument> documents,
                                 ApplicationRule defaultRule, ResidualRules residuals) {
        public ReceiveContext {
            residuals = residuals == null ? ResidualRules.none() : residuals;
        }

        public ReceiveContext(String accountNumber, Currency currency, List<OpenDocument> documents,
                              ApplicationRule defaultRule) {
            this(accountNumber, currency, documents, defaultRule, null);
        }
    }

    /**
     * A payment received and how it is spread.
     *
     * @param documents        the amounts per document (with or without item amounts); empty with
     *                         {@code autoAmount} null applies nothing
     * @param autoAmount       spread by {@code rule} over all open documents dated on or before the payment
     *                         (documents must then be empty)
     * @param documentVersions the versions of the documents the clerk saw; a change since refuses the save
     * @param overpayment      what becomes of the rest; null is {@link Overpayment#LEAVE_UNAPPLIED}
     * @param reasonCode       for a transfer or refund of the rest; null takes the type's default
     * @param writeOffs        what settles the rest of documents in the same step: write-offs and discounts
     */
    public record ReceiveCommand(NewPaymentCommand payment, List<DocumentAmount> documents, BigDecimal autoAmount,
                                 ApplicationRule rule, Map<String, Integer> documentVersions, Overpayment overpayment,
                                 String reasonCode, List<WriteOffService.Residual> writeOffs) {
        public ReceiveCommand(NewPaymentCommand payment, List<DocumentAmount> documents, BigDecimal autoAmount,
                              ApplicationRule rule, Map<String, Integer> documentVersions, Overpayment overpayment,
                              String reasonCode) {
            this(payment, documents, autoAmount, rule, documentVersions, overpayment, reasonCode, List.of());
        }

        public ReceiveCommand {
            writeOffs = writeOffs == null ? List.of() : List.copyOf(writeOffs);
            documents = documents == null ? List.of() : List.copyOf(documents);
            documentVersions = documentVersions == null ? Map.of() : Map.copyOf(documentVersions);
            overpayment = overpayment == null ? Overpayment.LEAVE_UNAPPLIED : overpayment;
        }

        boolean applies() {
            return !documents.isEmpty() || autoAmount != null;
        }
    }

    /** What was recorded: the payment, what it paid, and the refund or adjustment number for the rest. */
    public record ReceiveResult(String paymentNumber, Money amount, Money applied, Money leftover,
                                Overpayment overpayment, String leftoverNumber) {
    }

    private final Transactions tx;
    private final PaymentService payments;
    private final ApplicationService applications;
    private final CreditBalanceService credits;
    private final WriteOffService writeOffs;
    private final PaymentRepository paymentRepo;
    private final PaymentQueries queries;
    private final SettingsService settings;
    private final ResidualRulesReader residuals;
    private final Lookups lookups;
    private final UserContext user;

    ReceivePaymentService(Transactions tx, PaymentService payments, ApplicationService applications,
                          CreditBalanceService credits, WriteOffService writeOffs, PaymentRepository paymentRepo, PaymentQueries queries,
                          SettingsService settings, ResidualRulesReader residuals, Lookups lookups, UserContext user) {
        this.tx = tx;
        this.payments = payments;
        this.applications = applications;
        this.credits = credits;
        this.writeOffs = writeOffs;
        this.paymentRepo = paymentRepo;
        this.queries = queries;
        this.settings = settings;
        this.residuals = residuals;
        this.lookups = lookups;
        this.user = user;
    }

    /** The account's open invoices and debit memos with their items, and the rule that spreads by default. */
    public ReceiveContext context(String accountNumber) {
        ApplicationRule rule = settings.defaultApplicationRule();
        return tx.read(t -> {
            AccountRecord account = lookups.activeAccount(t, "Account", accountNumber);
            Currency currency = Currency.getInstance(account.getCurrency());
            return new ReceiveContext(account.getNumber(), currency, queries.openDocuments(t, account.getId()), rule,
                    residuals.read(t, account.getId()));
        });
    }

    public ReceiveResult receive(ReceiveCommand c) {
        user.require(Permission.PAYMENT_CREATE, "record payments");
        if (c.applies()) {
            user.require(Permission.PAYMENT_APPLY, "apply payments");
        }
        switch (c.overpayment()) {
            case CREDIT_BALANCE -> user.require(Permission.PAYMENT_TRANSFER, "transfer payments to the credit balance");
            case REFUND -> user.require(Permission.PAYMENT_REFUND, "refund payments");
            case LEAVE_UNAPPLIED -> { }
        }
        return tx.inTransaction(t -> {
            String number = payments.record(t, c.payment());
            Currency currency = Currency.getInstance(lookups.lockPayment(t, "Payment", number).getCurrency());
            Money applied = Money.zero(currency);
            if (c.applies()) {
                ApplyResult r = applications.apply(t, new ApplyCommand(number, c.payment().effectiveDate(), c.rule(),
                        c.documents(), c.autoAmount(), false, null, c.documentVersions()));
                applied = r.total();
                Long paymentId = lookups.lockPayment(t, "Payment", number).getId();
                writeOffs.settle(t, c.writeOffs(), c.payment().effectiveDate(), paymentId);
            }
            PaymentRecord payment = paymentRepo.findByNumber(t, number).orElseThrow();
            Money amount = Money.of(payment.getAmount(), currency);
            Money leftover = Money.of(payment.getUnappliedAmount(), currency);
            String leftoverNumber = null;
            if (leftover.isPositive()) {
                leftoverNumber = switch (c.overpayment()) {
                    case CREDIT_BALANCE -> credits.transferFromPayment(t, new TransferCommand(number,
                            leftover.amount(), c.payment().effectiveDate(), c.reasonCode(), null, null));
                    case REFUND -> payments.refund(t, new RefundCommand(number, leftover.amount(),
                            c.payment().effectiveDate(), c.payment().method(), c.payment().reference(),
                            c.reasonCode(), null, null));
                    case LEAVE_UNAPPLIED -> null;
                };
            }
            return new ReceiveResult(number, amount, applied, leftover, c.overpayment(), leftoverNumber);
        });
    }
}
