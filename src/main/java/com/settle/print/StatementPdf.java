package com.settle.print;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.Statement;
import com.settle.print.PdfPages.Column;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A customer statement as a PDF: summary and aging, open documents, the period's charges and payments, credit. */
public final class StatementPdf {

    private static final List<Column> OPEN = List.of(new Column(0, 110, false), new Column(115, 70, false),
            new Column(190, 70, false), new Column(262, 80, true), new Column(347, 80, true),
            new Column(432, 80, true));
    private static final List<Column> ACTIVITY = List.of(new Column(0, 70, false), new Column(75, 190, false),
            new Column(270, 80, false), new Column(352, 78, true), new Column(434, 78, true));
    private static final List<Column> AGING = List.of(new Column(0, 98, true), new Column(103, 98, true),
            new Column(206, 98, true), new Column(309, 98, true), new Column(412, 100, true));
    private static final List<Column> PAIR = List.of(new Column(0, 250, false), new Column(262, 120, true));

    private StatementPdf() {
    }

    public static byte[] pdf(Statement s, MoneyText text, LocalDate printedOn) {
        String footer = "Statement of " + s.accountNumber() + " " + s.accountName() + ", printed "
                + text.date(printedOn) + " by Settle";
        return PdfDocuments.make("Statement " + s.accountNumber(), text.locale(), footer,
                p -> write(p, s, text));
    }

    private static void write(PdfPages p, Statement s, MoneyText text) {
        p.title("Statement");
        p.text(s.accountName() + " (" + s.accountNumber() + ")");
        if (s.contactName() != null) {
            p.text("Attention: " + s.contactName());
        }
        if (s.address() != null) {
            s.address().lines().forEach(p::text);
        }
        p.space(4);
        p.text("Period: " + text.date(s.from()) + " – " + text.date(s.to()) + "     Statement date: "
                + text.date(s.to()) + "     Currency: " + s.currency().getCurrencyCode());

        p.heading("Summary");
        p.row(PAIR, List.of("Balance due (open invoices and debit memos)", text.display(s.balanceDue())), true);
        p.row(PAIR, List.of("Credit balance available", text.display(s.creditBalance())), false);

        p.heading("Aging on " + text.date(s.to()) + ", by days past due");
        p.row(AGING, Statement.Aging.LABELS, true);
        p.row(AGING, s.aging().buckets().stream().map(text::display).toList(), false);

        p.heading("Open invoices and debit memos");
        if (s.openDocuments().isEmpty()) {
            p.text("Nothing is open.");
        } else {
            p.row(OPEN, List.of("Document", "Date", "Due", "Amount", "Balance", "Days past due"), true);
            for (DocumentSummary d : s.openDocuments()) {
                long late = Math.max(0, ChronoUnit.DAYS.between(d.dueDate(), s.to()));
                p.row(OPEN, List.of(d.number(), text.date(d.documentDate()), text.date(d.dueDate()),
                        text.display(d.amount()), text.display(d.balance()), late == 0 ? "" : Long.toString(late)),
                        false);
            }
            p.row(OPEN, List.of("Total", "", "", "", text.display(s.balanceDue()), ""), true);
        }

        p.heading("Charges and payments, " + text.date(s.from()) + " – " + text.date(s.to()));
        if (s.activity().isEmpty()) {
            p.text("None in this period.");
        } else {
            p.row(ACTIVITY, List.of("Date", "Description", "Number", "Charges", "Payments"), true);
            Money charges = Money.zero(s.currency());
            Money paid = Money.zero(s.currency());
            for (Statement.Line l : s.activity()) {
                p.row(ACTIVITY, List.of(text.date(l.date()), l.description(), l.number(),
                        l.charge() == null ? "" : text.display(l.charge()),
                        l.payment() == null ? "" : text.display(l.payment())), false);
                charges = l.charge() == null ? charges : charges.plus(l.charge());
                paid = l.payment() == null ? paid : paid.plus(l.payment());
            }
            p.row(ACTIVITY, List.of("Total", "", "", text.display(charges), text.display(paid)), true);
        }

        p.heading("Credit balance, " + text.date(s.from()) + " – " + text.date(s.to()));
        if (s.creditActivity().isEmpty()) {
            p.text("No change in this period.");
        } else {
            p.row(ACTIVITY, List.of("Date", "What", "Number", "Amount", "Balance after"), true);
            for (HistoryLine l : s.creditActivity()) {
                List<String> cells = new ArrayList<>(List.of(text.date(l.date()), l.type().label()
                        + (l.reasonCode() == null ? "" : " (" + l.reasonCode() + ")"),
                        l.adjustmentNumber(), text.display(l.amount()), text.display(l.balanceAfter())));
                p.row(ACTIVITY, cells, false);
            }
        }
    }
}
