package com.settle.ui.payments.apply;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.OpenDocument;
import com.settle.domain.model.ResidualRules;
import com.settle.domain.policy.WriteOffPolicy;
import com.settle.service.WriteOffService.Residual;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Apply dialog's offers to settle, in the same step, what a payment leaves open on the documents it pays to:
 * the account's early-payment discount when it is paid within the terms, and a write-off of the rest, within the
 * currency's tolerance, or above it for a clerk with the write-off permission once the payment is used up (then
 * the confirmation says it is above the tolerance). The write-off takes what the discount leaves when the clerk
 * accepts both.
 */
public final class ResidualOffers {

    private final WriteOffPolicy policy;
    private final ResidualOffer discount = new ResidualOffer();
    private final ResidualOffer writeOff = new ResidualOffer();
    private Runnable again = () -> { };

    ResidualOffers(MoneyText text) {
        this.policy = new WriteOffPolicy(text);
        discount.acceptedProperty().addListener((o, a, b) -> again.run());
    }

    /** Recomputes both offers from the amounts to apply, the date, the rules and what stays unapplied. */
    void update(List<ApplyRow> documentRows, LocalDate date, ResidualRules rules, Money unappliedAfter) {
        again = () -> update(documentRows, date, rules, unappliedAfter);
        Map<ApplyRow, Money> left = new LinkedHashMap<>();
        for (ApplyRow d : documentRows) {
            Money amount = d.amountProperty().get();
            if (amount != null && amount.isPositive() && d.balance().minus(amount).isPositive()) {
                left.put(d, d.balance().minus(amount));
            }
        }
        offerDiscounts(left, date, rules);
        offerWriteOffs(left, rules, unappliedAfter != null && !unappliedAfter.isPositive());
    }

    private void offerDiscounts(Map<ApplyRow, Money> left, LocalDate date, ResidualRules rules) {
        List<Residual> settles = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        Money sum = null;
        for (Map.Entry<ApplyRow, Money> e : left.entrySet()) {
            OpenDocument doc = e.getKey().document();
            Money d = rules.discountLeft(doc, date).min(e.getValue());
            if (d.isPositive()) {
                settles.add(new Residual(doc.number(), d.amount(), true));
                docs.add(doc.number());
                sum = sum == null ? d : sum.plus(d);
            }
        }
        String offer = sum == null ? "" : policy.discountOffer(sum, rules.discount()) + " on " + String.join(", ", docs);
        discount.set(offer, settles, "\n" + offer + ".");
        if (discount.acceptedProperty().get()) {
            for (Residual r : discount.accepted()) {
                left.computeIfPresent(row(left, r.documentNumber()), (k, v) -> v.minus(Money.of(r.amount(),
                        v.currency())));
            }
        }
    }

    private static ApplyRow row(Map<ApplyRow, Money> left, String number) {
        return left.keySet().stream().filter(r -> r.document().number().equals(number)).findFirst().orElse(null);
    }

    private void offerWriteOffs(Map<ApplyRow, Money> left, ResidualRules rules, boolean paymentUsedUp) {
        List<Residual> settles = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        StringBuilder above = new StringBuilder();
        Money sum = null;
        for (Map.Entry<ApplyRow, Money> e : left.entrySet()) {
            Money rest = e.getValue();
            String number = e.getKey().document().number();
            boolean within = WriteOffPolicy.withinTolerance(rest, rules.tolerance());
            if (!rest.isPositive() || !within && !(rules.mayExceedTolerance() && paymentUsedUp)) {
                continue;
            }
            if (!within) {
                above.append('\n').append(policy.confirmation(rest, number, rules.tolerance()));
            }
            settles.add(new Residual(number, rest.amount(), false));
            docs.add(number);
            sum = sum == null ? rest : sum.plus(rest);
        }
        String offer = sum == null ? "" : policy.offer(sum) + " on " + String.join(", ", docs)
                + (above.length() > 0 ? ", above the write-off tolerance" : "");
        writeOff.set(offer, settles, "\n" + offer + " (a write-off with the default reason)." + above);
    }

    /** The early-payment discount offer. */
    public ResidualOffer discount() {
        return discount;
    }

    /** The write-off offer. */
    public ResidualOffer writeOff() {
        return writeOff;
    }

    /** What the clerk accepted: discounts, then write-offs. */
    public List<Residual> accepted() {
        List<Residual> all = new ArrayList<>(discount.accepted());
        all.addAll(writeOff.accepted());
        return all;
    }

    /** What the confirmation adds: each accepted offer. */
    public String confirmation() {
        return discount.confirmation() + writeOff.confirmation();
    }

    /** In the notice after saving: "gave a discount on …; wrote off what stayed open on …". */
    public String done() {
        List<String> parts = new ArrayList<>();
        if (!discount.accepted().isEmpty()) {
            parts.add("took the early-payment discount on " + numbers(discount.accepted()));
        }
        if (!writeOff.accepted().isEmpty()) {
            parts.add("wrote off what stayed open on " + numbers(writeOff.accepted()));
        }
        return String.join("; ", parts);
    }

    private static String numbers(List<Residual> residuals) {
        return String.join(", ", residuals.stream().map(Residual::documentNumber).toList());
    }
}
