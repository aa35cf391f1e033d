package com.settle.service;

import com.settle.domain.AmountParser;
import com.settle.domain.AmountParser.Sign;
import com.settle.domain.Dates;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.PaymentStatus;
import com.settle.domain.model.Permission;
import com.settle.domain.policy.PaymentActionPolicy;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.service.ApplicationService.AppliedItem;
import com.settle.store.ApplicationRepository;
import com.settle.store.ApplicationRepository.NetLine;
import com.settle.store.ApplicationRepository.ReversalLine;
import com.settle.store.CodeRepository;
import com.settle.store.DocumentRepository;
import com.settle.store.PaymentRepository;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jooq.DSLContext;

/**
 * Unapplies a payment in whole or in part: the reversal is stored as new unapplication lines that
 * point at the lines they reverse (never by deleting), and the item balances and the payment's
 * unapplied amount are restored. Within a document or item, the newest application is reversed first.
 */
public final class UnapplicationService {

    static final String REASON_TYPE = "Unapplication";

    /** Reverse this much of what the payment applied to a document. */
    public record UnapplyDocument(String documentNumber, BigDecimal amount) {
    }

    /** Reverse this much of what the payment applied to one item ({@code #ordinal} of the document). */
    public record UnapplyItem(String documentNumber, int ordinal, BigDecimal amount) {
    }

    /** With no documents and no items, everything the payment has applied is reversed. */
    public record UnapplyCommand(String paymentNumber, LocalDate effectiveDate, List<UnapplyDocument> documents,
                                 List<UnapplyItem> items, String reasonCode, String comment,
                                 Integer expectedPaymentVersion) {
        public UnapplyCommand {
            Dates.check("Effective date", effectiveDate);
        }

    }

    /** What was reversed, and the payment's unapplied amount after. */
    public record UnapplyResult(String paymentNumber, Money total, Money unappliedAfter, List<AppliedItem> reversed) {
    }

    private final Transactions tx;

    private final MoneyText text;
    private final PaymentRepository payments;
    private final DocumentRepository documents;
    private final ApplicationRepository applications;
    private final CodeRepository codes;
    private final Lookups lookups;
    private final UserContext user;
    private final Clock clock;

    UnapplicationService(Transactions tx, PaymentRepository payments, DocumentRepository documents,
                         ApplicationRepository applications, CodeRepository codes, Lookups lookups, UserContext user,
                         Clock clock, MoneyText text) {

        this.text = text;
        this.tx = tx;
        this.payments = payments;
        this.documents = documents;
        this.applications = applications;
        this.codes = codes;
        this.lookups = lookups;
        this.user = user;
        this.clock = clock;
    }

    public UnapplyResult unapply(UnapplyCommand c) {
        user.require(Permission.PAYMENT_UNAPPLY, "unapply payments");
        if (c.effectiveDate() == null) {
            throw new ValidationException("Effective date", "is required");
        }
        String comment = Text.optional("Comment", c.comment(), 255);
        return tx.inTransaction(t -> {
            lookups.requireOpen(t, "Effective date", c.effectiveDate());
            PaymentRecord payment = lookups.lockPayment(t, "Payment", c.paymentNumber());
            PaymentService.checkVersion(payment, c.expectedPaymentVersion());
            Currency currency = Currency.getInstance(payment.getCurrency());
            List<NetLine> lines = payment.getStatus() == PaymentStatus.PROCESSED ? applications.netLines(t, payment.getId())
                    : List.of();
            Optional<String> refusal = PaymentActionPolicy.whyNotUnapply(payment.getNumber(), payment.getStatus(),
                    !lines.isEmpty());
            if (refusal.isPresent()) {
                throw new ServiceException(refusal.get());
            }
            Map<Long, BigDecimal> left = new HashMap<>();
            lines.forEach(l -> left.put(l.applicationItemId(), l.net()));
            Map<Long, BigDecimal> taken = new LinkedHashMap<>();
            boolean everything = (c.documents() == null || c.documents().isEmpty())
                    && (c.items() == null || c.items().isEmpty());
            if (everything) {
                lines.forEach(l -> take(l, l.net(), left, taken));
            }
            Set<String> seen = new HashSet<>();
            for (UnapplyItem i : c.items() == null ? List.<UnapplyItem>of() : c.items()) {
                String field = PaymentPolicy.itemField(i.documentNumber(), i.ordinal());
                if (!seen.add(i.documentNumber() + "#" + i.ordinal())) {
                    throw new ValidationException(field, "is given twice");
                }
                Money amount = AmountParser.money(field, i.amount(), currency, Sign.POSITIVE);
                takeFrom(field, lines, l -> l.documentNumber().equals(i.documentNumber()) && l.ordinal() == i.ordinal(),
                        amount, left, taken, currency);
            }
            for (UnapplyDocument d : c.documents() == null ? List.<UnapplyDocument>of() : c.documents()) {
                String field = PaymentPolicy.documentField(d.documentNumber());
                if (!seen.add(d.documentNumber())) {
                    throw new ValidationException(field, "is given twice");
                }
                Money amount = AmountParser.money(field, d.amount(), currency, Sign.POSITIVE);
                takeFrom(field, lines, l -> l.documentNumber().equals(d.documentNumber()), amount, left, taken,
                        currency);
            }
            return save(t, payment, c, currency, lines, taken, comment);
        });
    }

    private UnapplyResult save(DSLContext t, PaymentRecord payment, UnapplyCommand c, Currency currency,
                               List<NetLine> lines, Map<Long, BigDecimal> taken, String comment) {
        String reason = reasonCode(t, c.reasonCode());
        Map<Long, List<ReversalLine>> byApplication = new LinkedHashMap<>();
        Map<Long, BigDecimal> byItem = new HashMap<>();
        Map<Long, BigDecimal> byDocument = new HashMap<>();
        List<AppliedItem> reversed = new ArrayList<>();
        Money total = Money.zero(currency);
        for (NetLine l : lines) {
            BigDecimal amount = taken.get(l.applicationItemId());
            if (amount == null || amount.signum() == 0) {
                continue;
            }
            if (c.effectiveDate().isBefore(l.applicationDate())) {
                throw new ValidationException("Effective date", c.effectiveDate() + " is before the application of "
                        + l.applicationDate() + " it would reverse");
            }
            byApplication.computeIfAbsent(l.applicationId(), k -> new ArrayList<>())
                    .add(new ReversalLine(l.applicationDocumentId(), l.applicationItemId(), amount));
            byItem.merge(l.itemId(), amount, BigDecimal::add);
            byDocument.merge(l.documentId(), amount, BigDecimal::add);
            Money m = Money.of(amount, currency);
            reversed.add(new AppliedItem(l.documentNumber(), l.ordinal(), m));
            total = total.plus(m);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (var e : byApplication.entrySet()) {
            applications.insertUnapplication(t, e.getKey(), c.effectiveDate(), reason, comment, e.getValue(),
                    user.userId(), now);
        }
        documents.addToBalances(t, byItem, byDocument);
        payments.addToParts(t, payment.getId(), total.amount().negate(), BigDecimal.ZERO, BigDecimal.ZERO);
        return new UnapplyResult(payment.getNumber(), total,
                Money.of(payment.getUnappliedAmount(), currency).plus(total), reversed);
    }

    private String reasonCode(DSLContext t, String code) {
        if (code == null || code.isBlank()) {
            return codes.defaultReasonCode(t, REASON_TYPE).orElse(null);
        }
        return lookups.reasonCode(t, "Reason code", code, REASON_TYPE);
    }

    private void takeFrom(String field, List<NetLine> lines, Predicate<NetLine> which, Money amount,
                                 Map<Long, BigDecimal> left, Map<Long, BigDecimal> taken, Currency currency) {
        BigDecimal available = BigDecimal.ZERO;
        for (NetLine l : lines) {
            if (which.test(l)) {
                available = available.add(left.get(l.applicationItemId()));
            }
        }
        PaymentPolicy.require(new PaymentPolicy(text).withinApplied(field, amount, Money.of(available, currency)));
        BigDecimal rest = amount.amount();
        for (NetLine l : lines) {
            if (rest.signum() == 0) {
                break;
            }
            if (which.test(l)) {
                BigDecimal part = rest.min(left.get(l.applicationItemId()));
                if (part.signum() > 0) {
                    take(l, part, left, taken);
                    rest = rest.subtract(part);
                }
            }
        }
    }

    private static void take(NetLine l, BigDecimal amount, Map<Long, BigDecimal> left, Map<Long, BigDecimal> taken) {
        left.merge(l.applicationItemId(), amount.negate(), BigDecimal::add);
        taken.merge(l.applicationItemId(), amount, BigDecimal::add);
    }
}
