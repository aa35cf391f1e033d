package com.settle.service;

import com.settle.domain.Currencies;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.ApplicationService.ItemAmount;
import com.settle.service.DocumentService.ItemCommand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleConsumer;

/**
 * A believable company for demos and tests: accounts in USD, EUR and JPY, 18 months of invoices and
 * debit memos, payments (full, partial, over), credit balances and canceled adjustments. Generated
 * through the real services from a fixed seed, so it is the same every time for the same day and
 * always passes Verify books.
 */
public final class SampleCompany {

    private static final String[] NAMES = {
        "Acme Logistics", "Birchwood Dental", "Cobalt Analytics", "Delta Harbor Foods", "Evergreen Clinics",
        "Fjord Outfitters", "Granite Legal", "Helios Solar", "Ironbridge Builders", "Juniper Books",
        "Kestrel Aviation", "Lumen Studios", "Meridian Hotels", "Northwind Traders", "Orchid Florists",
        "Pioneer Freight", "Quarry Hill Farms", "Riverside Schools", "Summit Fitness", "Tidewater Marine",
        "Umber Coffee", "Vantage Media", "Willow Care Homes", "Xenon Labs", "Yarrow Gardens",
    };
    private static final String[] CHARGES = {
        "Platform subscription", "Support plan", "Onboarding", "Extra seats", "Storage 100 GB", "API calls",
        "Consulting hours", "Training session", "Hardware lease", "Usage overage", "Premium SLA", "Data export",
    };
    private static final String[] ACCOUNTING = {"4000-SUBS", "4000-SUBS", "4100-SERV", "4000-SUBS", "4000-SUBS",
        "4000-SUBS", "4100-SERV", "4100-SERV", "4200-HW", "4000-SUBS", "4100-SERV", "4100-SERV"};

    private final Services admin;
    private final Clock clock;
    private final Random random = new Random(20_261_123L);

    /** @param admin services of a user allowed to manage codes and enter everything */
    public SampleCompany(Services admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    /** Fills the database; {@code progress} receives 0..1. */
    public void load(DoubleConsumer progress) {
        LocalDate today = LocalDate.now(clock);
        admin.closing().closedThrough().ifPresent(d -> {
            throw new ServiceException("The books are closed through " + d + ": the sample company's year and a half"
                    + " of history cannot be added to this file. Make it in a new file.");
        });
        codes();
        progress.accept(0.05);
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            String currency = i % 5 == 3 ? "EUR" : i % 8 == 6 ? "JPY" : "USD";
            accounts.add(admin.accounts().create(new AccountService.NewAccountCommand(NAMES[i], currency,
                    "Accounts payable", "ap@" + NAMES[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                    + ".example", null, null)));
        }
        for (int a = 0; a < accounts.size(); a++) {
            fillAccount(accounts.get(a), a, today);
            progress.accept(0.05 + 0.9 * (a + 1) / accounts.size());
        }
        new SampleMonthEnd(admin, clock).load(accounts);
        progress.accept(1.0);
    }

    private void codes() {
        CodeService c = admin.codes();
        if (c.reasonCodeExists("Overpayment")) {
            return;
        }
        c.addReasonCode("Overpayment", "Customer overpaid", CreditBalanceService.REASON_TYPE, true);
        c.addReasonCode("Goodwill", "Goodwill credit", CreditBalanceService.REASON_TYPE, false);
        c.addReasonCode("Correction", "Correction of an earlier entry", CreditBalanceService.REASON_TYPE, false);
        c.addReasonCode("Customer request", "Refund requested by the customer", "Refund", true);
        c.addReasonCode("Applied in error", "Payment applied to the wrong document", "Unapplication", true);
        c.addAccountingCode("2300-CCB", "Customer credit balances", "CustomerCashOnAccount");
        c.addAccountingCode("4000-SUBS", "Subscription revenue", "Revenue");
        c.addAccountingCode("4100-SERV", "Professional services revenue", "Revenue");
        c.addAccountingCode("4200-HW", "Hardware revenue", "Revenue");
    }

    private record Doc(String number, LocalDate date, BigDecimal amount, List<BigDecimal> items) {
    }

    private void fillAccount(String account, int index, LocalDate today) {
        Currency currency = currencyOf(index);
        List<Doc> docs = new ArrayList<>();
        int count = 10 + random.nextInt(5);
        for (int d = 0; d < count; d++) {
            LocalDate date = today.minusDays(540L * (count - d) / count - random.nextInt(10));
            DocumentType type = random.nextInt(10) == 0 ? DocumentType.DEBIT_MEMO : DocumentType.INVOICE;
            List<ItemCommand> items = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            int lines = 1 + random.nextInt(type == DocumentType.DEBIT_MEMO ? 3 : 12);
            for (int l = 0; l < lines; l++) {
                int c = random.nextInt(CHARGES.length);
                BigDecimal qty = BigDecimal.valueOf(1 + random.nextInt(c % 3 == 0 ? 2 : 8));
                BigDecimal price = price(currency);
                items.add(new ItemCommand(CHARGES[c], null, date.withDayOfMonth(1),
                        date.withDayOfMonth(1).plusMonths(1).minusDays(1), qty, price, ACCOUNTING[c]));
                amounts.add(qty.multiply(price).setScale(Currencies.scale(currency), RoundingMode.HALF_UP));
            }
            String number = admin.documents().create(new DocumentService.NewDocumentCommand(type, account, date,
                    date.plusDays(30), null, true, items));
            docs.add(new Doc(number, date, amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add), amounts));
        }
        payments(account, currency, docs, today);
    }

    private void payments(String account, Currency currency, List<Doc> docs, LocalDate today) {
        // Older documents are mostly paid; the newest stay open, so the lists and queues have work in them.
        int paid = docs.size() - 3 - random.nextInt(3);
        for (int d = 0; d < paid; d += 2) {
            List<Doc> batch = new ArrayList<>(docs.subList(d, Math.min(d + 2, paid)));
            LocalDate latest = batch.get(batch.size() - 1).date();
            LocalDate payDate = latest.plusDays(10 + random.nextInt(30));
            if (payDate.isAfter(today)) {
                payDate = today;
            }
            int kind = random.nextInt(10);
            BigDecimal owed = batch.stream().map(Doc::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            int scale = Currencies.scale(currency);
            BigDecimal amount = kind < 6 ? owed
                    : kind < 8 ? owed.add(owed.movePointLeft(1)).setScale(scale, RoundingMode.DOWN)
                    : owed.divide(BigDecimal.valueOf(2), scale, RoundingMode.DOWN);
            String payment = admin.payments().record(new PaymentService.NewPaymentCommand(account, amount, payDate,
                    PaymentMethod.values()[random.nextInt(4)], "REF-" + (10_000 + random.nextInt(90_000)), null));
            if (kind < 8) {
                applyWhole(payment, payDate, batch);
            } else {
                applyPart(payment, payDate, batch, amount);
            }
            if (kind >= 6 && kind < 8 && random.nextBoolean()) {
                admin.creditBalances().transferFromPayment(new CreditBalanceService.TransferCommand(payment,
                        amount.subtract(owed), payDate, null, "2300-CCB", "Overpayment kept as credit"));
            }
        }
        if (random.nextInt(3) == 0) {
            // Money received this week and not yet applied.
            admin.payments().record(new PaymentService.NewPaymentCommand(account, price(currency),
                    today.minusDays(random.nextInt(5)), PaymentMethod.BANK_TRANSFER, "WIRE-" + random.nextInt(9999),
                    "Remittance advice pending"));
        }
        if (random.nextInt(4) == 0) {
            String cba = admin.creditBalances().adjust(new CreditBalanceService.AdjustCommand(account,
                    AdjustmentType.INCREASE, price(currency), "Goodwill", "2300-CCB", "Service outage credit", today));
            if (random.nextBoolean()) {
                admin.creditBalances().cancel(cba);
            }
        }
    }

    /** Pays whole documents: the first by item-level amounts, the others by document amounts spread FIFO. */
    private void applyWhole(String payment, LocalDate date, List<Doc> batch) {
        List<DocumentAmount> lines = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Doc doc = batch.get(i);
            if (i == 0) {
                List<ItemAmount> items = new ArrayList<>();
                for (int n = 0; n < doc.items().size(); n++) {
                    items.add(new ItemAmount(n + 1, doc.items().get(n)));
                }
                lines.add(new DocumentAmount(doc.number(), null, items));
            } else {
                lines.add(new DocumentAmount(doc.number(), doc.amount(), List.of()));
            }
        }
        admin.applications().apply(new ApplyCommand(payment, date, ApplicationRule.FIFO, lines, null, false));
    }

    /** A partial payment: oldest documents first, the last one paid in part, spread over its items by Proration. */
    private void applyPart(String payment, LocalDate date, List<Doc> batch, BigDecimal amount) {
        List<DocumentAmount> lines = new ArrayList<>();
        BigDecimal left = amount;
        for (Doc doc : batch) {
            BigDecimal take = left.min(doc.amount());
            if (take.signum() > 0) {
                lines.add(new DocumentAmount(doc.number(), take, List.of()));
                left = left.subtract(take);
            }
        }
        admin.applications().apply(new ApplyCommand(payment, date, ApplicationRule.PRORATION, lines, null, false));
    }

    private Currency currencyOf(int index) {
        return Currency.getInstance(index % 5 == 3 ? "EUR" : index % 8 == 6 ? "JPY" : "USD");
    }

    private BigDecimal price(Currency currency) {
        if (currency.getCurrencyCode().equals("JPY")) {
            return BigDecimal.valueOf(500L * (1 + random.nextInt(60)));
        }
        return BigDecimal.valueOf(900 + random.nextInt(60_000), 2);
    }
}
