package com.settle.service;

import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.ImportBatchSummary;
import com.settle.domain.model.ImportStatus;
import com.settle.domain.model.Permission;
import com.settle.store.BatchReversal;
import com.settle.store.BatchReversal.Blocker;
import com.settle.store.CreditBalanceRepository;
import com.settle.store.ImportBatchRepository;
import com.settle.store.jooq.tables.records.ImportBatchRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Undoes a whole import batch in one transaction, when nothing of it has been used since: its payments and
 * documents are canceled, its opening credit balances canceled with their reversing lines, its accounts
 * deactivated. History stays; the batch is marked Undone, and its rows may be imported again.
 */
final class ImportUndo {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Transactions tx;
    private final ImportBatchRepository batches;
    private final BatchReversal reversal;
    private final CreditBalanceRepository credits;
    private final UserContext user;
    private final Clock clock;

    ImportUndo(Transactions tx, ImportBatchRepository batches, BatchReversal reversal, CreditBalanceRepository credits,
               UserContext user, Clock clock) {
        this.tx = tx;
        this.batches = batches;
        this.reversal = reversal;
        this.credits = credits;
        this.user = user;
        this.clock = clock;
    }

    /** Undoes the batch; returns it as it now is. */
    ImportBatchSummary undo(String number) {
        user.require(Permission.IMPORT, "import files");
        String n = Text.required("Batch", number, 20).toUpperCase(Locale.ROOT);
        return tx.inTransaction(t -> {
            ImportBatchRecord b = batches.lock(t, n).orElseThrow(() -> new ValidationException("Batch", "'" + n
                    + "' is not an import batch; `settle import list` shows them"));
            if (b.getStatus() == ImportStatus.UNDONE) {
                ImportBatchSummary s = batches.summary(t, b.getId());
                throw new ServiceException(n + " was already undone on " + WHEN.format(s.undoneAt()
                        .toLocalDateTime()) + " by " + s.undoneBy() + "; nothing was changed.");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = b.getId();
            switch (b.getKind()) {
                case "Payments" -> {
                    user.require(Permission.PAYMENT_CANCEL, "cancel payments");
                    refuseIf(n, reversal.paymentBlockers(t, id), "Unapply them and cancel their refunds and"
                            + " transfers first, then undo the batch.");
                    reversal.cancelPayments(t, id, now);
                }
                case "Documents" -> {
                    user.require(Permission.DOCUMENT_CANCEL, "cancel invoices and debit memos");
                    refuseIf(n, reversal.documentBlockers(t, id), "Unapply what was applied to them first, then"
                            + " undo the batch.");
                    reversal.cancelDocuments(t, id, now);
                }
                case "CreditBalances" -> {
                    user.require(Permission.CREDIT_BALANCE_ADJUSTMENT_CANCEL, "cancel credit balance adjustments");
                    refuseIf(n, reversal.creditBlockers(t, id), "Reverse what used the credit first, then undo the"
                            + " batch.");
                    LocalDate today = LocalDate.now(clock);
                    reversal.adjustments(t, id).forEach(a -> credits.cancel(t, a, today, user.userId(), now));
                }
                case "Accounts" -> {
                    user.require(Permission.ACCOUNT_EDIT, "edit accounts");
                    refuseIf(n, reversal.accountBlockers(t, id), "Those accounts stay; deactivate the others one by"
                            + " one if you need to.");
                    reversal.deactivateAccounts(t, id);
                }
                default -> throw new IllegalStateException("unknown import kind " + b.getKind());
            }
            batches.markUndone(t, id, user.userId(), now);
            return batches.summary(t, id);
        });
    }

    private static void refuseIf(String batch, List<Blocker> blockers, String next) {
        if (!blockers.isEmpty()) {
            throw new ServiceException(batch + " cannot be undone; nothing was changed. Used since it was imported: "
                    + blockers.stream().map(x -> x.number() + " " + x.what()).collect(Collectors.joining("; "))
                    + (blockers.size() >= 10 ? "; and maybe more" : "") + ". " + next);
        }
    }
}
