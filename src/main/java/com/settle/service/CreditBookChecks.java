package com.settle.service;

import static com.settle.service.RecordChecks.plain;
import static com.settle.service.RecordChecks.same;

import com.settle.service.VerifyService.Difference;
import com.settle.store.CreditPass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Book 3 of Verify books, the credit balances, over what {@link CreditPass} read. */
final class CreditBookChecks {

    private CreditBookChecks() {
    }

    /**
     * Every account's history: lines numbered 1, 2, 3 … without gaps, each amount the one its
     * adjustment implies, each running balance the previous one plus the amount and never negative,
     * the last one the account's credit balance; every adjustment with one line, plus one once canceled.
     */
    static List<Difference> runningBalances(CreditPass credit) {
        List<Difference> out = new ArrayList<>();
        String book = "3 credit balance";
        Map<Long, Object[]> heads = credit.accountLedgerHeads();
        Map<Long, Object[]> lasts = new HashMap<>();
        long[] account = {-1};
        int[] seq = {0};
        BigDecimal[] running = {BigDecimal.ZERO};
        credit.ledgerEvents(e -> {
            if (e.accountId() != account[0]) {
                account[0] = e.accountId();
                seq[0] = 0;
                running[0] = BigDecimal.ZERO;
            }
            String rec = "account " + e.accountNumber() + " history line " + e.seq() + " (" + e.number() + ")";
            seq[0]++;
            if (e.seq() != seq[0]) {
                out.add(new Difference(book, rec, "line number " + seq[0], String.valueOf(e.seq())));
                seq[0] = e.seq();
            }
            same(out, book, rec, e.kind().toLowerCase(Locale.ROOT) + " amount", e.expectedAmount(),
                    e.amount());
            running[0] = running[0].add(e.amount());
            same(out, book, rec, "running balance", running[0], e.balanceAfter());
            if (e.balanceAfter().signum() < 0) {
                out.add(new Difference(book, rec, "running balance ≥ 0", plain(e.balanceAfter())));
            }
            running[0] = e.balanceAfter();
            lasts.put(e.accountId(), new Object[] {e.seq(), e.balanceAfter()});
        });
        heads.forEach((id, head) -> {
            Object[] last = lasts.getOrDefault(id, new Object[] {0, BigDecimal.ZERO});
            String rec = "account " + head[0];
            same(out, book, rec, "credit balance = last running balance", (BigDecimal) last[1], (BigDecimal) head[1]);
            if (!last[0].equals(head[2])) {
                out.add(new Difference(book, rec, "history lines " + last[0], String.valueOf(head[2])));
            }
        });
        for (String s : credit.adjustmentsWithoutTheirLines()) {
            out.add(new Difference(book, s, "one history line, two once canceled", s));
        }
        return out;
    }
}
