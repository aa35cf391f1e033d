package com.settle.service;

import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.HistoryType;
import com.settle.store.AccountRepository;
import com.settle.store.CodeRepository;
import com.settle.store.CreditBalanceRepository;
import com.settle.store.CreditBalanceRepository.NewAdjustment;
import com.settle.store.ImportBatchRepository.Target;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Opening credit balances: an Increase typed {@code initial} in each account's history. Columns: Account,
 * Amount; optional Date (default today), Comment, SourceKey. The source reference is the SourceKey, else
 * the row's own cells.
 */
final class CreditBalanceImport implements RowImport<CreditBalanceImport.Row> {

    record Row(String accountNumber, NewAdjustment adjustment, String reference) {
    }

    private final ImportAccounts names;
    private final AccountRepository accounts;
    private final CodeRepository codes;
    private final CreditBalanceRepository credits;
    private final Clock clock;
    private String reason;

    CreditBalanceImport(ImportAccounts names, AccountRepository accounts, CodeRepository codes,
                        CreditBalanceRepository credits, Clock clock) {
        this.names = names;
        this.accounts = accounts;
        this.codes = codes;
        this.credits = credits;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "CreditBalances";
    }

    @Override
    public String noun() {
        return "credit balance";
    }

    @Override
    public Target target() {
        return Target.ADJUSTMENT;
    }

    @Override
    public List<String> required() {
        return List.of("Account", "Amount");
    }

    @Override
    public List<String> optional() {
        return List.of("Date", "Comment", "SourceKey");
    }

    @Override
    public void prepare(DSLContext t) {
        reason = codes.defaultReasonCode(t, CreditBalanceService.REASON_TYPE).orElse(null);
    }

    @Override
    public Row read(DSLContext t, ImportRow c, boolean checking) {
        AccountRecord account = names.of(t, c);
        BigDecimal amount = c.amount("Amount", account, true);
        LocalDate date = c.effectiveDate("Date", false);
        String comment = c.text("Comment", 255, false);
        String key = c.text("SourceKey", 100, false);
        if (account == null || amount == null) {
            return null;
        }
        return new Row(account.getNumber(), new NewAdjustment(AdjustmentType.INCREASE, amount, account.getId(),
                "Adjustment", null, null, null, HistoryType.INITIAL, reason, null, comment,
                date == null ? LocalDate.now(clock) : date), key);
    }

    @Override
    public Source source(Row r) {
        return new Source(r.adjustment().accountId(), r.accountNumber(), "SourceKey", r.reference(), false);
    }

    @Override
    public String fingerprint(Row r) {
        NewAdjustment a = r.adjustment();
        return String.join("\u001f", a.amount().stripTrailingZeros().toPlainString(), a.adjustmentDate().toString(),
                String.valueOf(a.comment()));
    }

    @Override
    public void write(DSLContext t, List<Row> chunk, List<String> references, Writing w) {
        if (w.dryRun()) {
            chunk.forEach(r -> w.created().add("new " + label(r)));
            return;
        }
        Map<Long, AccountRecord> locked = new HashMap<>();
        for (Row r : chunk) {
            locked.computeIfAbsent(r.adjustment().accountId(), id -> accounts.lock(t, id));
        }
        var recorded = credits.recordAll(t, chunk.stream().map(Row::adjustment).toList(), locked, w.userId(),
                w.now(), references, w.batchId());
        for (int i = 0; i < recorded.size(); i++) {
            w.created().add(recorded.get(i).number() + ": " + label(chunk.get(i)));
        }
    }

    private static String label(Row r) {
        return "initial credit balance " + r.adjustment().amount().toPlainString() + " for account "
                + r.accountNumber();
    }
}
