package com.settle.ui.payments.apply;

import com.settle.domain.Money;
import java.util.List;

/** The Explain dialog: the rule's one-line summary, and the split as a table with its totals. */
public final class ExplainViewModel {

    private final Explanation explanation;
    private final String title;

    public ExplainViewModel(Explanation explanation, String title) {
        this.explanation = explanation;
        this.title = title;
    }

    public String header() {
        return title;
    }

    public String summary() {
        return explanation.summary();
    }

    public List<Explanation.Row> rows() {
        return explanation.rows();
    }

    /** The shares summed: the total the split applies, or null when nothing is applied. */
    public Money total() {
        return explanation.rows().stream().map(Explanation.Row::share).reduce(Money::plus).orElse(null);
    }
}
