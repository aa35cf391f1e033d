package com.settle.cli;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentSummary;
import com.settle.service.ApplicationService.AppliedItem;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns results into the maps the JSON writer prints and the lines a person reads. */
final class Print {

    private Print() {
    }

    /** Amounts as everywhere in Settle: {@code $1,234.50} in the user's locale (JSON keeps plain numbers). */
    static String money(Money m) {
        return TEXT.display(m);
    }

    private static final MoneyText TEXT = MoneyText.ofDefaultLocale();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A moment as a clerk reads it, in the time zone it was recorded in: {@code 2026-11-30 17:02}. */
    static String when(OffsetDateTime at) {
        return WHEN.format(at);
    }

    static Map<String, Object> payment(PaymentSummary p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", p.number());
        m.put("account", p.accountNumber());
        m.put("accountName", p.accountName());
        m.put("effectiveDate", p.effectiveDate().toString());
        m.put("method", p.method().label());
        m.put("reference", p.reference());
        m.put("currency", p.amount().currency().getCurrencyCode());
        m.put("amount", p.amount().amount());
        m.put("applied", p.applied().amount());
        m.put("unapplied", p.unapplied().amount());
        m.put("refunded", p.refunded().amount());
        m.put("transferred", p.transferred().amount());
        m.put("status", p.status().code());
        return m;
    }

    static String paymentLine(PaymentSummary p) {
        return String.format("%-11s %-11s %-10s %-13s %18s %18s %9s", p.number(), p.accountNumber(),
                p.effectiveDate(), p.method().label(), money(p.amount()), money(p.unapplied()), p.status().code());
    }

    static List<Object> items(List<AppliedItem> items) {
        List<Object> list = new ArrayList<>();
        for (AppliedItem i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", i.documentNumber());
            m.put("item", i.ordinal());
            m.put("amount", i.amount().amount());
            list.add(m);
        }
        return list;
    }

    static List<String> detailLines(PaymentDetail d) {
        PaymentSummary p = d.summary();
        List<String> out = new ArrayList<>();
        out.add(p.number() + "  " + p.accountNumber() + " " + p.accountName() + "  " + p.status().code());
        out.add("  effective " + p.effectiveDate() + ", " + p.method().label()
                + (p.reference() == null ? "" : ", reference " + p.reference()));
        out.add("  amount " + money(p.amount()) + " = applied " + money(p.applied()) + " + unapplied "
                + money(p.unapplied()) + " + refunded " + money(p.refunded()) + " + transferred "
                + money(p.transferred()));
        for (PaymentDetail.ApplicationView a : d.applications()) {
            out.add("  application " + a.id() + " on " + a.effectiveDate() + " (" + a.rule() + "): " + money(a.amount())
                    + (a.reversed().isZero() ? "" : ", reversed " + money(a.reversed())));
            for (PaymentDetail.LineView l : a.lines()) {
                out.add("    " + l.documentNumber() + " #" + l.ordinal() + " " + l.chargeName() + ": " + money(l.amount())
                        + (l.reversed().isZero() ? "" : " (reversed " + money(l.reversed()) + ")"));
            }
        }
        for (PaymentDetail.UnapplicationView u : d.unapplications()) {
            out.add("  unapplication of application " + u.applicationId() + " on " + u.effectiveDate() + ": "
                    + money(u.amount()) + (u.reasonCode() == null ? "" : " (" + u.reasonCode() + ")"));
        }
        for (PaymentDetail.RefundView r : d.refunds()) {
            out.add("  refund " + r.number() + " on " + r.date() + ": " + money(r.amount()) + " by " + r.method().label());
        }
        for (PaymentDetail.TransferView t : d.transfers()) {
            out.add("  transfer " + t.number() + " on " + t.date() + ": " + money(t.amount()) + " " + t.status().code());
        }
        return out;
    }

    static Map<String, Object> detail(PaymentDetail d) {
        Map<String, Object> m = payment(d.summary());
        m.put("version", d.version());
        List<Object> apps = new ArrayList<>();
        for (PaymentDetail.ApplicationView a : d.applications()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("id", a.id());
            am.put("effectiveDate", a.effectiveDate().toString());
            am.put("rule", a.rule());
            am.put("amount", a.amount().amount());
            am.put("reversed", a.reversed().amount());
            List<Object> lines = new ArrayList<>();
            for (PaymentDetail.LineView l : a.lines()) {
                Map<String, Object> lm = new LinkedHashMap<>();
                lm.put("document", l.documentNumber());
                lm.put("item", l.ordinal());
                lm.put("amount", l.amount().amount());
                lm.put("reversed", l.reversed().amount());
                lines.add(lm);
            }
            am.put("lines", lines);
            apps.add(am);
        }
        m.put("applications", apps);
        m.put("refunds", d.refunds().stream().map(r -> (Object) Map.of("number", r.number(), "amount",
                r.amount().amount(), "date", r.date().toString())).toList());
        m.put("transfers", d.transfers().stream().map(t -> (Object) Map.of("number", t.number(), "amount",
                t.amount().amount(), "status", t.status().code())).toList());
        return m;
    }
}
