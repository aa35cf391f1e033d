package com.settle.ui.payments.apply;

import com.settle.domain.Money;
import java.util.List;

/**
 * How a split came about, as the Explain table shows it: the rule's one-line summary and, per item that
 * receives something, its document, balance, share and why.
 */
public record Explanation(String summary, List<Row> rows) {

    /** One item of the split. */
    public record Row(String document, String item, Money balance, Money share, String why) {
    }

    public Explanation {
        rows = List.copyOf(rows);
    }
}
