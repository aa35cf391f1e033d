package com.settle.domain.model;

import com.settle.domain.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * A customer statement for a period: what is open now (with its aging on the statement date), what was
 * charged and paid in the period, the credit balance and how it moved.
 *
 * @param balanceDue the open documents' balances, summed
 */
public record Statement(String accountNumber, String accountName, String contactName, String address,
                        Currency currency, LocalDate from, LocalDate to, List<DocumentSummary> openDocuments,
                        List<Line> activity, List<HistoryLine> creditActivity, Aging aging, Money balanceDue,
                        Money creditBalance) {

    /** One charge or payment of the period. */
    public record Line(LocalDate date, String description, String number, Money charge, Money payment) {
    }

    /** The open balances by how long past their due date they are on the statement date. */
    public record Aging(Money current, Money days1To30, Money days31To60, Money days61To90, Money over90) {

        /** The buckets by days past due. */
        public static final List<String> LABELS = List.of("Current", "1–30 days", "31–60 days", "61–90 days",
                "Over 90 days");

        public static Aging of(List<DocumentSummary> open, LocalDate asOf, Currency currency) {
            Money[] b = new Money[5];
            for (int i = 0; i < b.length; i++) {
                b[i] = Money.zero(currency);
            }
            for (DocumentSummary d : open) {
                long late = ChronoUnit.DAYS.between(d.dueDate(), asOf);
                int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
                b[bucket] = b[bucket].plus(d.balance());
            }
            return new Aging(b[0], b[1], b[2], b[3], b[4]);
        }

        public List<Money> buckets() {
            return List.of(current, days1To30, days31To60, days61To90, over90);
        }
    }

    /**
     * Builds the statement from the account's documents, payments and credit lines (any order); documents
     * and payments outside the period, drafts and canceled records are left out of the activity.
     */
    public static Statement of(AccountSummary account, String contactName, String address, LocalDate from,
                               LocalDate to, List<DocumentSummary> documents, List<PaymentSummary> payments,
                               List<HistoryLine> creditLines) {
        Currency currency = account.creditBalance().currency();
        List<DocumentSummary> open = documents.stream()
                .filter(d -> d.status() == DocumentStatus.POSTED && !d.balance().isZero())
                .sorted(Comparator.comparing(DocumentSummary::dueDate).thenComparing(DocumentSummary::number))
                .toList();
        List<Line> activity = new ArrayList<>();
        for (DocumentSummary d : documents) {
            if (d.status() == DocumentStatus.POSTED && within(d.documentDate(), from, to)) {
                activity.add(new Line(d.documentDate(), d.type().label(), d.number(), d.amount(), null));
            }
        }
        for (PaymentSummary p : payments) {
            if (p.status() == PaymentStatus.PROCESSED && within(p.effectiveDate(), from, to)) {
                String how = p.method().label() + (p.reference() == null ? "" : " " + p.reference());
                activity.add(new Line(p.effectiveDate(), "Payment received (" + how + ")", p.number(), null,
                        p.amount()));
            }
        }
        activity.sort(Comparator.comparing(Line::date).thenComparing(Line::number));
        List<HistoryLine> credit = creditLines.stream().filter(l -> within(l.date(), from, to))
                .sorted(Comparator.comparingInt(HistoryLine::seq)).toList();
        Money due = Money.zero(currency);
        for (DocumentSummary d : open) {
            due = due.plus(d.balance());
        }
        return new Statement(account.number(), account.name(), contactName, address, currency, from, to, open,
                List.copyOf(activity), credit, Aging.of(open, to, currency), due, account.creditBalance());
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
