package com.settle.service;

import com.settle.domain.Money;
import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.DiscountTerms;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.DocumentService.ItemCommand;
import com.settle.service.WriteOffService.Residual;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The sample company's month end: deposit accounts per method, write-off tolerances, early-payment terms with a
 * discount taken, a short payment written off, the books closed through the end of the month before last and a
 * journal run over that period marked transferred. So the Journal page and Settings &gt; Month end have something
 * to show.
 */
final class SampleMonthEnd {

    private final Services admin;
    private final LocalDate today;

    SampleMonthEnd(Services admin, Clock clock) {
        this.admin = admin;
        this.today = LocalDate.now(clock);
    }

    void load(List<String> accounts) {
        CodeService c = admin.codes();
        List<String> have = c.accountingCodes().stream().map(AccountingCodeRow::code).toList();
        if (!have.contains("1010-CHECKING")) {
            c.addAccountingCode("1010-CHECKING", "Checking account (checks deposited)", "Cash");
        }
        if (!have.contains("1020-CARDS")) {
            c.addAccountingCode("1020-CARDS", "Card clearing", "Cash");
        }
        admin.deposits().set(PaymentMethod.CHECK, "1010-CHECKING");
        admin.deposits().set(PaymentMethod.CARD, "1020-CARDS");
        admin.settings().setWriteOffTolerance(Currency.getInstance("USD"), new BigDecimal("1.00"));
        admin.settings().setWriteOffTolerance(Currency.getInstance("EUR"), new BigDecimal("1.00"));
        admin.settings().setWriteOffTolerance(Currency.getInstance("JPY"), new BigDecimal("100"));
        String usd = accounts.get(0);
        shortPaymentWrittenOff(usd);
        String termsAccount = accounts.get(1);
        admin.accounts().terms(termsAccount, new DiscountTerms(new BigDecimal("2"), 10));
        discountTaken(termsAccount);
        LocalDate closeThrough = YearMonth.from(today).minusMonths(2).atEndOfMonth();
        var run = admin.journal().run(closeThrough, null, null);
        admin.journal().mark(run.number(), true, null);
        admin.closing().close(closeThrough, null);
    }

    /** A customer paid 0.37 short of an open invoice: applied and written off in one step. */
    private void shortPaymentWrittenOff(String account) {
        DocumentSummary open = admin.accounts().detail(account).documents().stream()
                .filter(d -> d.status() == DocumentStatus.POSTED && d.type() == DocumentType.INVOICE)
                .filter(d -> d.balance().amount().compareTo(BigDecimal.TEN) > 0).findFirst().orElse(null);
        if (open == null) {
            return;
        }
        Money paid = open.balance().minus(Money.of(new BigDecimal("0.37"), open.balance().currency()));
        String payment = admin.payments().record(new PaymentService.NewPaymentCommand(account, paid.amount(),
                today, PaymentMethod.CHECK, "CHK-5521", "Short-paid by 0.37"));
        admin.writeOffs().applyAndWriteOff(new ApplyCommand(payment, today, null, List.of(new DocumentAmount(
                open.number(), paid.amount(), List.of())), null, false), List.of(new Residual(open.number(), null,
                false)));
    }

    /** An invoice of three days ago paid within the terms, less the 2% early-payment discount. */
    private void discountTaken(String account) {
        LocalDate date = today.minusDays(3);
        String invoice = admin.documents().create(new DocumentService.NewDocumentCommand(DocumentType.INVOICE,
                account, date, date.plusDays(30), null, true, List.of(new ItemCommand("Annual support", null, date,
                        date.plusYears(1).minusDays(1), BigDecimal.ONE, new BigDecimal("1250.00"), "4100-SERV"))));
        DiscountTerms terms = admin.accounts().detail(account).discountTerms();
        String currency = admin.accounts().detail(account).summary().currencyCode();
        Money amount = Money.of(new BigDecimal("1250.00"), Currency.getInstance(currency));
        Money discount = terms.on(amount);
        Money paid = amount.minus(discount);
        String payment = admin.payments().record(new PaymentService.NewPaymentCommand(account, paid.amount(), today,
                PaymentMethod.BANK_TRANSFER, "WIRE-20417", "Paid within " + terms.describe(Locale.ROOT)));
        admin.writeOffs().applyAndWriteOff(new ApplyCommand(payment, today, null, List.of(new DocumentAmount(invoice,
                paid.amount(), List.of())), null, false), List.of(new Residual(invoice, discount.amount(), true)));
    }
}
