package com.settle.service;

import com.settle.domain.model.AdjustmentStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentSummary;
import com.settle.store.jooq.Tables;
import com.settle.support.TestBooks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCompanyTest {

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void aBelievableCompanyThatBalancesAndIsTheSameEveryTime() {
        List<String> firstPayments;
        try (TestBooks books = new TestBooks(first)) {
            new SampleCompany(books.admin(), TestBooks.CLOCK).load(p -> { });
            List<AccountSummary> accounts = books.clerk().accounts().list();
            List<DocumentSummary> docs = books.clerk().documents().list();
            List<PaymentSummary> payments = books.clerk().payments().list();
            assertThat(accounts).hasSize(25);
            assertThat(accounts).extracting(AccountSummary::currencyCode).contains("USD", "EUR", "JPY");
            assertThat(docs).hasSizeBetween(250, 350);
            assertThat(docs).extracting(DocumentSummary::type).contains(DocumentType.DEBIT_MEMO);
            assertThat(docs).allSatisfy(d -> assertThat(d.itemCount()).isBetween(1, 12));
            assertThat(docs).extracting(DocumentSummary::documentDate)
                    .allSatisfy(d -> assertThat(d).isAfter(TestBooks.TODAY.minusMonths(19)));
            assertThat(payments).hasSizeBetween(100, 140);
            assertThat(payments).anySatisfy(p -> assertThat(p.unapplied().isPositive()).isTrue());
            assertThat(payments).anySatisfy(p -> assertThat(p.transferred().isPositive()).isTrue());
            assertThat(docs).anySatisfy(d -> assertThat(d.balance().isPositive()
                    && d.balance().compareTo(d.amount()) < 0).as("a partly paid document").isTrue());
            assertThat(accounts).filteredOn(a -> a.creditBalance().isPositive()).hasSizeGreaterThanOrEqualTo(3);
            int canceled = books.database().dsl()
                    .fetchCount(Tables.CREDIT_BALANCE_ADJUSTMENT,
                            Tables.CREDIT_BALANCE_ADJUSTMENT.STATUS.eq(AdjustmentStatus.CANCELED));
            assertThat(canceled).isPositive();
            books.assertBalanced();
            firstPayments = payments.stream().map(p -> p.number() + " " + p.amount() + " " + p.unapplied()).toList();
        }
        try (TestBooks books = new TestBooks(second)) {
            new SampleCompany(books.admin(), TestBooks.CLOCK).load(p -> { });
            assertThat(books.clerk().payments().list().stream()
                    .map(p -> p.number() + " " + p.amount() + " " + p.unapplied()).toList()).isEqualTo(firstPayments);
        }
    }
}
