package com.settle.print;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentSummary;
import com.settle.print.PdfPages.Column;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A payment receipt as a PDF: who paid, how much, how, and which documents it paid. */
public final class ReceiptPdf {

    private static final List<Column> PAIR = List.of(new Column(0, 250, false), new Column(262, 120, true));
    private static final List<Column> APPLIED = List.of(new Column(0, 150, false), new Column(155, 120, false),
            new Column(282, 100, true));

    private ReceiptPdf() {
    }

    public static byte[] pdf(PaymentDetail payment, MoneyText text, LocalDate printedOn) {
        PaymentSummary s = payment.summary();
        String footer = "Receipt for payment " + s.number() + ", printed " + text.date(printedOn) + " by Settle";
        return PdfDocuments.make("Receipt " + s.number(), text.locale(), footer, p -> write(p, payment, text));
    }

    private static void write(PdfPages p, PaymentDetail payment, MoneyText text) {
        PaymentSummary s = payment.summary();
        p.title("Payment receipt");
        p.text("Received from " + s.accountName() + " (" + s.accountNumber() + ")");
        p.space(4);
        p.row(PAIR, List.of("Payment", s.number()), false);
        p.row(PAIR, List.of("Date received", text.date(s.effectiveDate())), false);
        p.row(PAIR, List.of("Method", s.method().label() + (s.reference() == null ? "" : ", " + s.reference())),
                false);
        p.row(PAIR, List.of("Amount received", text.display(s.amount())), true);

        p.heading("Applied to");
        Map<String, Money> byDocument = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (PaymentDetail.ApplicationView a : payment.applications()) {
            for (PaymentDetail.LineView l : a.lines()) {
                byDocument.merge(l.documentNumber(), l.amount().minus(l.reversed()), Money::plus);
                types.put(l.documentNumber(), l.documentType().label());
            }
        }
        byDocument.values().removeIf(Money::isZero);
        if (byDocument.isEmpty()) {
            p.text("Nothing is applied yet.");
        } else {
            p.row(APPLIED, List.of("Document", "Type", "Amount"), true);
            byDocument.forEach((number, amount) -> p.row(APPLIED, List.of(number, types.get(number),
                    text.display(amount)), false));
        }
        p.space(6);
        p.row(PAIR, List.of("Applied", text.display(s.applied())), false);
        if (!s.refunded().isZero()) {
            p.row(PAIR, List.of("Refunded", text.display(s.refunded())), false);
        }
        if (!s.transferred().isZero()) {
            p.row(PAIR, List.of("Moved to the credit balance", text.display(s.transferred())), false);
        }
        p.row(PAIR, List.of("Unapplied", text.display(s.unapplied())), true);
        if (payment.canceledAt() != null) {
            p.space(6);
            p.text("This payment was canceled on " + text.date(payment.canceledAt().toLocalDate()) + ".");
        }
    }
}
