package com.settle.service;

import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.AccountingType;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.Permission;
import com.settle.store.ClosingDateRepository;
import com.settle.store.CodeRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Which ledger account a payment method's money is deposited to: each method may have a Cash accounting code of
 * its own (checks to the checking account, cards to the card clearing account); a method without one posts to the
 * Cash default. A change is recorded, never edited, and takes effect the day after the closing date, so a closed
 * period's journal keeps the accounts it was closed with.
 */
public final class DepositAccountService {

    /** The field a deposit account is chosen in. */
    public static final String FIELD = "Deposit account";

    private final Transactions tx;
    private final CodeRepository codes;
    private final ClosingDateRepository closing;
    private final UserContext user;
    private final Clock clock;

    DepositAccountService(Transactions tx, CodeRepository codes, ClosingDateRepository closing, UserContext user,
                          Clock clock) {
        this.tx = tx;
        this.codes = codes;
        this.closing = closing;
        this.user = user;
        this.clock = clock;
    }

    /** The methods that have a deposit account of their own, with it; the others post to the Cash default. */
    public Map<PaymentMethod, String> depositAccounts() {
        return tx.read(codes::depositAccounts);
    }

    /** The active Cash accounting codes a deposit account may be. */
    public List<AccountingCodeRow> choices() {
        return tx.read(t -> codes.accountingCodes(t).stream()
                .filter(r -> r.active() && r.type().equals(AccountingType.CASH.code())).toList());
    }

    /** Sets {@code method}'s deposit account (null or blank: the Cash default again). */
    public void set(PaymentMethod method, String code) {
        user.require(Permission.SETTINGS_EDIT, "choose deposit accounts");
        if (method == null) {
            throw new ValidationException("Payment method", "is required");
        }
        String c = Text.isBlank(code) ? null : Text.required(FIELD, code, 100);
        tx.inTransaction(t -> {
            if (c != null) {
                AccountingCodeRow row = codes.accountingCodes(t).stream().filter(r -> r.code().equals(c)).findFirst()
                        .orElseThrow(() -> new ValidationException(FIELD, "'" + c + "' is not an accounting code"));
                if (!row.type().equals(AccountingType.CASH.code())) {
                    throw new ValidationException(FIELD, "'" + c + "' is of type " + row.typeLabel() + "; a"
                            + " deposit account must be of type " + AccountingType.CASH.label());
                }
                if (!row.active()) {
                    throw new ValidationException(FIELD, "'" + c + "' is inactive; activate it first");
                }
            }
            LocalDate from = closing.closedThrough(t).map(d -> d.plusDays(1)).orElse(CodeRepository.FROM_THE_START);
            codes.recordDeposit(t, method.code(), c, from, user.userId(), OffsetDateTime.now(clock));
            return null;
        });
    }
}
