package com.settle.service;

import com.settle.csv.CsvRows;
import com.settle.csv.CsvRows.Row;
import com.settle.domain.Currencies;
import com.settle.domain.LineAmount;
import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.Permission;
import com.settle.store.AccountRepository;
import com.settle.store.CodeRepository;
import com.settle.store.DocumentRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * CSV import of accounts, invoices and debit memos, payments and opening credit balances. Every row is checked first and every
 * problem listed (line, column, reason); a file with any problem changes nothing, and a good file is
 * stored whole in one transaction. {@code dryRun} checks and reports what would be created.
 */
public final class ImportService {

    /** One problem in a file. */
    public record Problem(long line, String column, String reason) {
        @Override
        public String toString() {
            return "line " + line + ", " + column + ": " + reason;
        }
    }

    /** A file with problems: nothing was stored. */
    public static final class ImportRefused extends ValidationException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        ImportRefused(Path file, List<Problem> problems) {
            super(file.getFileName().toString(), "has " + problems.size() + (problems.size() == 1 ? " problem" :
                    " problems") + "; nothing was imported. Correct the file and import it again:"
                    + System.lineSeparator() + String.join(System.lineSeparator(),
                    problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** What a (dry) run creates: one line per record, e.g. "A-00000003 Birch Dental (JPY)". */
    public record Report(int rows, List<String> created, boolean dryRun) {
    }

    private static final List<String> ACCOUNT_COLUMNS = List.of("Name", "Currency");
    private static final List<String> DOCUMENT_COLUMNS = List.of("DocumentNumber", "Account", "DocumentDate",
            "Charge", "UnitPrice");

    private final Transactions tx;
    private final AccountRepository accounts;
    private final DocumentRepository documents;
    private final CodeRepository codes;
    private final com.settle.store.PaymentRepository payments;
    private final com.settle.store.CreditBalanceRepository credits;
    private final UserContext user;
    private final Clock clock;

    ImportService(Transactions tx, AccountRepository accounts, DocumentRepository documents, CodeRepository codes,
                  com.settle.store.PaymentRepository payments, com.settle.store.CreditBalanceRepository credits,
                  UserContext user, Clock clock) {
        this.payments = payments;
        this.credits = credits;
        this.tx = tx;
        this.accounts = accounts;
        this.documents = documents;
        this.codes = codes;
        this.user = user;
        this.clock = clock;
    }

    /** Columns: Name, Currency (required); Contact, Email, Phone, Address. */
    public Report accounts(Path file, boolean dryRun) {
        user.require(Permission.IMPORT, "import files");
        CsvRows csv = ImportFile.read(file);
        List<Problem> problems = new ArrayList<>(ImportFile.shape(csv, ACCOUNT_COLUMNS, List.of("Contact", "Email", "Phone", "Address")));
        List<AccountRepository.NewAccount> rows = new ArrayList<>();
        for (Row r : csv.rows()) {
            ImportRow c = new ImportRow(r, problems);
            String currency = c.currency("Currency");
            rows.add(new AccountRepository.NewAccount(c.text("Name", 255, true), currency, c.text("Contact", 100, false),
                    c.text("Email", 255, false), c.text("Phone", 40, false), c.text("Address", 500, false)));
        }
        refuseIf(file, problems);
        List<String> created = new ArrayList<>();
        if (dryRun) {
            rows.forEach(a -> created.add("new account " + a.name() + " (" + a.currency() + ")"));
            return new Report(rows.size(), created, true);
        }
        return tx.inTransaction(t -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (AccountRepository.NewAccount a : rows) {
                created.add(accounts.insert(t, a, now).getNumber() + " " + a.name() + " (" + a.currency() + ")");
            }
            return new Report(rows.size(), created, false);
        });
    }

    /**
     * One row per item, grouped by DocumentNumber (the file's own key; Settle numbers the documents).
     * Columns: DocumentNumber, Account, DocumentDate, Charge, UnitPrice (required); Type (Invoice or
     * DebitMemo, default Invoice), DueDate (default 30 days on), Quantity (default 1), Amount (checked
     * against quantity x unit price rounded once), Description, ServiceStart, ServiceEnd, AccountingCode,
     * Post (true or false, default true).
     */
    public Report documents(Path file, boolean dryRun) {
        user.require(Permission.IMPORT, "import files");
        user.require(Permission.DOCUMENT_EDIT, "enter invoices and debit memos");
        CsvRows csv = ImportFile.read(file);
        return tx.inTransaction(t -> {
            List<Problem> problems = new ArrayList<>(ImportFile.shape(csv, DOCUMENT_COLUMNS, List.of("Type", "DueDate", "Quantity",
                    "Amount", "Description", "ServiceStart", "ServiceEnd", "AccountingCode", "Post")));
            Map<String, Group> groups = new LinkedHashMap<>();
            Set<String> mismatched = new HashSet<>();
            Map<String, AccountRecord> accountCache = new java.util.HashMap<>();
            Set<String> activeCodes = new java.util.HashSet<>(codes.activeAccountingCodes(t));
            String revenueDefault = codes.defaultAccountingCode(t, Lookups.ITEM_ACCOUNTING_TYPE).orElse(null);
            for (Row r : csv.rows()) {
                ImportRow c = new ImportRow(r, problems);
                String key = c.text("DocumentNumber", 50, true);
                AccountRecord account = account(t, c, accountCache);
                DocumentType type = c.type("Type");
                LocalDate date = c.date("DocumentDate", true);
                LocalDate due = c.date("DueDate", false);
                boolean post = c.bool("Post", true);
                Group g = key == null ? null : groups.get(key);
                if (g == null && key != null) {
                    g = new Group(r.line(), account, type, date, due == null && date != null ? date.plusDays(30) : due,
                            post);
                    groups.put(key, g);
                    if (g.due != null && g.date != null && g.due.isBefore(g.date)) {
                        c.problem("DueDate", g.due + " is before the document date " + g.date);
                    }
                } else if (g != null && account != null && date != null && g.account != null && g.date != null
                        && (g.account != account || g.type != type || !g.date.equals(date) || g.post != post)
                        && mismatched.add(key)) {
                    // Reported once per document, and only when both rows could be read: a bad account or date
                    // is its own problem, not a grouping one.
                    c.problem("DocumentNumber", "'" + key + "' was started on line " + g.firstLine + " with another"
                            + " account, type, date or Post; one document's rows must agree");
                }
                Currency currency = account == null ? null : Currency.getInstance(account.getCurrency());
                BigDecimal quantity = c.number("Quantity", false, BigDecimal.ONE);
                if (quantity != null && quantity.signum() <= 0) {
                    c.problem("Quantity", "must be greater than zero");
                } else if (quantity != null
                        && quantity.stripTrailingZeros().scale() > DocumentService.QUANTITY_DECIMALS) {
                    c.problem("Quantity", quantity.toPlainString() + " has more than "
                            + DocumentService.QUANTITY_DECIMALS + " decimals");
                    quantity = null;
                }
                BigDecimal price = c.number("UnitPrice", true, null);
                if (price != null && price.stripTrailingZeros().scale() > DocumentService.UNIT_PRICE_DECIMALS) {
                    c.problem("UnitPrice", price.toPlainString() + " has more than "
                            + DocumentService.UNIT_PRICE_DECIMALS + " decimals");
                    price = null;
                }
                LocalDate start = c.date("ServiceStart", false);
                LocalDate end = c.date("ServiceEnd", false);
                if (start != null && end != null && end.isBefore(start)) {
                    c.problem("ServiceEnd", end + " is before the service start " + start);
                }
                String named = c.text("AccountingCode", 100, false);
                if (named != null && !activeCodes.contains(named)) {
                    c.problem("AccountingCode", "'" + named + "' is not an active accounting code");
                }
                String code = named == null ? revenueDefault : named;
                String charge = c.text("Charge", 100, true);
                String description = c.text("Description", 255, false);
                if (currency != null && quantity != null && price != null && quantity.signum() > 0) {
                    Money amount = LineAmount.of(quantity, price, currency);
                    BigDecimal given = c.number("Amount", false, null);
                    if (given != null) {
                        if (given.stripTrailingZeros().scale() > Currencies.scale(currency)) {
                            c.problem("Amount", given.toPlainString() + " has more decimals than "
                                    + currency.getCurrencyCode() + " allows");
                        } else if (given.compareTo(amount.amount()) != 0) {
                            c.problem("Amount", given.toPlainString() + " is not quantity x unit price ("
                                    + amount.amount().toPlainString() + ")");
                        }
                    }
                    if (g != null) {
                        g.items.add(new DocumentRepository.NewItem(charge, description, start, end, quantity, price,
                                amount.amount(), code));
                    }
                }
            }
            refuseIf(file, problems);
            List<String> created = new ArrayList<>();
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (!dryRun) {
                user.require(Permission.DOCUMENT_POST, "post invoices and debit memos");
            }
            List<DocumentRepository.NewDocument> toWrite = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (var e : groups.entrySet()) {
                Group g = e.getValue();
                labels.add(g.type.label() + " " + e.getKey() + " for " + g.account.getNumber() + ", "
                        + g.items.size() + " items" + (g.post ? ", posted" : ", draft"));
                toWrite.add(new DocumentRepository.NewDocument(g.type, g.account.getId(), g.account.getCurrency(),
                        g.date, g.due, null, g.post, g.items));
            }
            if (dryRun) {
                labels.forEach(l -> created.add("new " + l));
            } else {
                List<String> numbers = documents.insertAll(t, toWrite, now);
                for (int i = 0; i < numbers.size(); i++) {
                    created.add(numbers.get(i) + ": " + labels.get(i));
                }
            }
            return new Report(csv.rows().size(), created, dryRun);
        });
    }

    /**
     * Payments received. Columns: Account, Amount, EffectiveDate, Method (Cash, Check, Bank transfer, Card,
     * Other); optional Reference, Comment. Each is a processed payment, all of it unapplied.
     */
    public Report payments(Path file, boolean dryRun) {
        user.require(Permission.IMPORT, "import files");
        user.require(Permission.PAYMENT_CREATE, "record payments");
        CsvRows csv = ImportFile.read(file);
        return tx.inTransaction(t -> {
            List<Problem> problems = new ArrayList<>(ImportFile.shape(csv, List.of("Account", "Amount", "EffectiveDate",
                    "Method"), List.of("Reference", "Comment")));
            Map<String, AccountRecord> cache = new java.util.HashMap<>();
            List<com.settle.store.PaymentRepository.NewPayment> rows = new ArrayList<>();
            for (Row r : csv.rows()) {
                ImportRow c = new ImportRow(r, problems);
                AccountRecord account = account(t, c, cache);
                BigDecimal amount = c.amount("Amount", account, true);
                LocalDate date = c.date("EffectiveDate", true);
                com.settle.domain.model.PaymentMethod method = null;
                String m = c.text("Method", 20, true);
                if (m != null) {
                    try {
                        method = com.settle.domain.model.PaymentMethod.parse(m);
                    } catch (IllegalArgumentException e) {
                        c.problem("Method", e.getMessage());
                    }
                }
                String reference = c.text("Reference", 100, false);
                String comment = c.text("Comment", 255, false);
                if (account != null && amount != null && date != null && method != null) {
                    rows.add(new com.settle.store.PaymentRepository.NewPayment(account.getId(),
                            account.getCurrency(), amount, date, method, reference, comment));
                }
            }
            refuseIf(file, problems);
            List<String> created = new ArrayList<>();
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (var p : rows) {
                String label = p.amount().toPlainString() + " " + p.currency() + " on " + p.effectiveDate();
                created.add(dryRun ? "new payment of " + label
                        : payments.insert(t, p, user.userId(), now).getNumber() + ": " + label);
            }
            return new Report(csv.rows().size(), created, dryRun);
        });
    }

    /**
     * Opening credit balances: an Increase typed {@code initial} in each account's history. Columns:
     * Account, Amount; optional Date (default today), Comment.
     */
    public Report creditBalances(Path file, boolean dryRun) {
        user.require(Permission.IMPORT, "import files");
        user.require(Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE, "create credit balance adjustments");
        CsvRows csv = ImportFile.read(file);
        return tx.inTransaction(t -> {
            List<Problem> problems = new ArrayList<>(ImportFile.shape(csv, List.of("Account", "Amount"), List.of("Date", "Comment")));
            Map<String, AccountRecord> cache = new java.util.HashMap<>();
            String reason = codes.defaultReasonCode(t, CreditBalanceService.REASON_TYPE).orElse(null);
            List<com.settle.store.CreditBalanceRepository.NewAdjustment> rows = new ArrayList<>();
            for (Row r : csv.rows()) {
                ImportRow c = new ImportRow(r, problems);
                AccountRecord account = account(t, c, cache);
                BigDecimal amount = c.amount("Amount", account, true);
                LocalDate date = c.date("Date", false);
                String comment = c.text("Comment", 255, false);
                if (account != null && amount != null) {
                    rows.add(new com.settle.store.CreditBalanceRepository.NewAdjustment(
                            com.settle.domain.model.AdjustmentType.INCREASE, amount, account.getId(), "Adjustment",
                            null, null, null, com.settle.domain.model.HistoryType.INITIAL, reason, null, comment,
                            date == null ? LocalDate.now(clock) : date));
                }
            }
            refuseIf(file, problems);
            List<String> created = new ArrayList<>();
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (var a : rows) {
                String label = "initial credit balance " + a.amount().toPlainString() + " for account "
                        + cache.values().stream().filter(x -> x.getId() == a.accountId()).findFirst().orElseThrow()
                        .getNumber();
                created.add(dryRun ? "new " + label : credits.record(t, a, user.userId(), now).getNumber() + ": "
                        + label);
            }
            return new Report(csv.rows().size(), created, dryRun);
        });
    }

    private AccountRecord account(DSLContext t, ImportRow c, Map<String, AccountRecord> cache) {
        String number = c.text("Account", 20, true);
        if (number == null) {
            return null;
        }
        AccountRecord account = cache.computeIfAbsent(number, n -> accounts.findByNumber(t, n).orElse(null));
        if (account == null) {
            c.problem("Account", "'" + number + "' does not exist");
            return null;
        }
        String inactive = Lookups.inactive(account);
        if (inactive != null) {
            c.problem("Account", inactive);
            return null;
        }
        return account;
    }

    /** The lines of one document in a file. */
    private static final class Group {
        final long firstLine;
        final AccountRecord account;
        final DocumentType type;
        final LocalDate date;
        final LocalDate due;
        final boolean post;
        final List<DocumentRepository.NewItem> items = new ArrayList<>();

        Group(long firstLine, AccountRecord account, DocumentType type, LocalDate date, LocalDate due, boolean post) {
            this.firstLine = firstLine;
            this.account = account;
            this.type = type;
            this.date = date;
            this.due = due;
            this.post = post;
        }
    }

    private static void refuseIf(Path file, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ImportRefused(file, problems);
        }
    }
}
