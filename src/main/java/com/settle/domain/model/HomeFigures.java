package com.settle.domain.model;

import com.settle.domain.Money;
import java.util.List;
import java.util.Map;

/**
 * One currency's figures for Home: open receivables, unapplied payments and credit balances, and the
 * open invoice and debit memo balances by how long past due they are.
 */
public record HomeFigures(String currency, Money receivables, Money unappliedPayments, Money creditBalances,
                          Money current, Money days1to30, Money days31to60, Money days61to90, Money over90) {

    /** The aging buckets in order, with their labels. */
    public List<Map.Entry<String, Money>> aging() {
        return List.of(Map.entry("Current", current), Map.entry("1–30", days1to30),
                Map.entry("31–60", days31to60), Map.entry("61–90", days61to90),
                Map.entry("Over 90", over90));
    }
}
