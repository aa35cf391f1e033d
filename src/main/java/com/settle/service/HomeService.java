package com.settle.service;

import com.settle.domain.model.HomeFigures;
import com.settle.store.CreditBalanceQueries;
import com.settle.store.HomeQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Home: the totals per currency, the aging of open balances, and the credit balance work queue. */
public final class HomeService {

    /** Everything Home shows, read in one transaction. */
    public record Home(List<HomeFigures> currencies, int queuedAccounts, LocalDate today) {
    }

    private final Transactions tx;
    private final HomeQueries home;
    private final CreditBalanceQueries credit;
    private final Clock clock;

    HomeService(Transactions tx, HomeQueries home, CreditBalanceQueries credit, Clock clock) {
        this.tx = tx;
        this.home = home;
        this.credit = credit;
        this.clock = clock;
    }

    public Home home() {
        LocalDate today = LocalDate.now(clock);
        return tx.read(t -> new Home(home.figures(t, today), credit.queueAccountIds(t).size(), today));
    }
}
