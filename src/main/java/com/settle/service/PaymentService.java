package com.settle.service;

import com.settle.domain.AmountParser;
import com.settle.domain.AmountParser.Sign;
import com.settle.domain.Money;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PaymentSummary;
import com.settle.domain.model.Permission;
import com.settle.store.PaymentRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;

/** Payments: record and list; applying them is {@link ApplicationService}. */
public final class PaymentService {

    /** What a clerk gives for a new payment. */
    public record NewPaymentCommand(String accountNumber, BigDecimal amount, LocalDate effectiveDate,
                                    PaymentMethod method, String reference, String comment) {
    }

    private final Transactions tx;
    private final PaymentRepository payments;
    private final Lookups lookups;
    private final UserContext user;
    private final Clock clock;

    PaymentService(Transactions tx, PaymentRepository payments, Lookups lookups, UserContext user, Clock clock) {
        this.tx = tx;
        this.payments = payments;
        this.lookups = lookups;
        this.user = user;
        this.clock = clock;
    }

    /** Records a processed payment, all of it unapplied; returns its number ({@code P-00000001}). */
    public String record(NewPaymentCommand c) {
        user.require(Permission.PAYMENT_CREATE, "record payments");
        if (c.effectiveDate() == null) {
            throw new ValidationException("Effective date", "is required");
        }
        if (c.method() == null) {
            throw new ValidationException("Method", "is required");
        }
        String reference = Text.optional("Reference", c.reference(), 100);
        String comment = Text.optional("Comment", c.comment(), 255);
        return tx.inTransaction(t -> {
            AccountRecord account = lookups.account(t, "Account", c.accountNumber());
            Money amount = AmountParser.money("Amount", c.amount(), Currency.getInstance(account.getCurrency()),
                    Sign.POSITIVE);
            var p = new PaymentRepository.NewPayment(account.getId(), account.getCurrency(), amount.amount(),
                    c.effectiveDate(), c.method(), reference, comment);
            return payments.insert(t, p, user.userId(), OffsetDateTime.now(clock)).getNumber();
        });
    }

    public List<PaymentSummary> list() {
        return tx.read(payments::summaries);
    }

    /** The rule used when a clerk gives no item-level amounts. */
    static ApplicationRule ruleOrDefault(ApplicationRule rule, SettingsService settings) {
        return rule != null ? rule : settings.defaultApplicationRule();
    }
}
