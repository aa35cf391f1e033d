package com.settle.service;

import com.settle.domain.Currencies;
import com.settle.domain.LineAmount;
import com.settle.domain.Money;
import com.settle.domain.Text;
import com.settle.domain.model.DocumentType;
import com.settle.domain.policy.DocumentEntryPolicy;
import com.settle.store.CodeRepository;
import com.settle.store.DocumentRepository.NewItem;
import com.settle.store.ImportBatchRepository;
import com.settle.store.ImportBatchRepository.Target;
import com.settle.store.ImportWriter;
import com.settle.store.ImportWriter.NewHeader;
import com.settle.store.ImportWriter.NewItemOf;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Invoices and debit memos, one row per item, grouped by DocumentNumber (the file's own key, kept as the
 * document's source reference; Settle numbers the documents). Columns: DocumentNumber, Account,
 * DocumentDate, Charge, UnitPrice; optional Type (Invoice or DebitMemo, default Invoice), DueDate (default
 * 30 days on), Quantity (default 1), Amount (checked against quantity x unit price rounded once),
 * Description, ServiceStart, ServiceEnd, AccountingCode, Post (true or false, default true). A document's
 * rows need not be next to each other. The checking pass keeps one small summary per document (not its
 * items); the writing pass writes the headers first, then the items as they come.
 */
final class DocumentImport implements RowImport<DocumentImport.Row> {

    /** One item row, and the document it belongs to. */
    record Row(Group group, long line, NewItem item) {
    }

    /** One document of the file, as its first row started it. */
    static final class Group {
        final String key;
        final long firstLine;
        final AccountRecord account;
        final DocumentType type;
        final LocalDate date;
        final LocalDate due;
        final boolean post;
        BigDecimal total = BigDecimal.ZERO;
        int items;
        long id;
        int written;

        Group(String key, long firstLine, AccountRecord account, DocumentType type, LocalDate date, LocalDate due,
              boolean post) {
            this.key = key;
            this.firstLine = firstLine;
            this.account = account;
            this.type = type;
            this.date = date;
            this.due = due;
            this.post = post;
        }
    }

    private final ImportAccounts accounts;
    private final CodeRepository codes;
    private final ImportWriter writer;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Set<String> mismatched = new HashSet<>();
    private final List<Long> toPost = new ArrayList<>();
    private Set<String> activeCodes;
    private String revenueDefault;

    DocumentImport(ImportAccounts accounts, CodeRepository codes, ImportWriter writer) {
        this.accounts = accounts;
        this.codes = codes;
        this.writer = writer;
    }

    @Override
    public String kind() {
        return "Documents";
    }

    @Override
    public String noun() {
        return "document";
    }

    @Override
    public Target target() {
        return Target.DOCUMENT;
    }

    @Override
    public List<String> required() {
        return List.of("DocumentNumber", "Account", "DocumentDate", "Charge", "UnitPrice");
    }

    @Override
    public List<String> optional() {
        return List.of("Type", "DueDate", "Quantity", "Amount", "Description", "ServiceStart", "ServiceEnd",
                "AccountingCode", "Post");
    }

    @Override
    public void prepare(DSLContext t) {
        activeCodes = new HashSet<>(codes.activeAccountingCodes(t));
        revenueDefault = codes.defaultAccountingCode(t, Lookups.ITEM_ACCOUNTING_TYPE).orElse(null);
    }

    @Override
    public Row read(DSLContext t, ImportRow c, boolean checking) {
        String key = c.text("DocumentNumber", 50, true);
        AccountRecord account = accounts.of(t, c);
        DocumentType type = c.type("Type");
        LocalDate date = c.effectiveDate("DocumentDate", true);
        LocalDate due = c.date("DueDate", false);
        boolean post = c.bool("Post", true);
        Group g = key == null ? null : groups.get(key);
        if (g == null && key != null) {
            g = new Group(key, c.line(), account, type, date, due == null && date != null ? date.plusDays(30) : due,
                    post);
            groups.put(key, g);
            if (g.due != null && g.date != null && g.due.isBefore(g.date)) {
                c.problem("DueDate", g.due + " is before the document date " + g.date);
            }
        } else if (checking && g != null && account != null && date != null && g.account != null && g.date != null
                && (g.account != account || g.type != type || !g.date.equals(date) || g.post != post)
                && mismatched.add(key)) {
            // Reported once per document, and only when both rows could be read: a bad account or date
            // is its own problem, not a grouping one.
            c.problem("DocumentNumber", "'" + key + "' was started on line " + g.firstLine + " with another"
                    + " account, type, date or Post; one document's rows must agree");
        }
        NewItem item = item(c, account);
        if (g == null || item == null || g.account == null) {
            return null;
        }
        if (checking) {
            g.total = g.total.add(item.amount());
            g.items++;
        }
        return new Row(g, c.line(), item);
    }

    private NewItem item(ImportRow c, AccountRecord account) {
        Currency currency = account == null ? null : Currency.getInstance(account.getCurrency());
        BigDecimal quantity = c.number("Quantity", false, BigDecimal.ONE);
        if (quantity != null && quantity.signum() <= 0) {
            c.problem("Quantity", "must be greater than zero");
            quantity = null;
        } else if (quantity != null && quantity.stripTrailingZeros().scale() > DocumentEntryPolicy.QUANTITY_DECIMALS) {
            c.problem("Quantity", quantity.toPlainString() + " has more than " + DocumentEntryPolicy.QUANTITY_DECIMALS
                    + " decimals");
            quantity = null;
        }
        BigDecimal price = c.number("UnitPrice", true, null);
        if (price != null && price.stripTrailingZeros().scale() > DocumentEntryPolicy.UNIT_PRICE_DECIMALS) {
            c.problem("UnitPrice", price.toPlainString() + " has more than " + DocumentEntryPolicy.UNIT_PRICE_DECIMALS
                    + " decimals");
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
        String charge = c.text("Charge", 100, true);
        String description = c.text("Description", 255, false);
        if (currency == null || quantity == null || price == null || charge == null) {
            return null;
        }
        Money amount = LineAmount.of(quantity, price, currency);
        BigDecimal given = c.number("Amount", false, null);
        if (given != null) {
            if (given.stripTrailingZeros().scale() > Currencies.scale(currency)) {
                c.problem("Amount", given.toPlainString() + " has more decimals than " + currency.getCurrencyCode()
                        + " allows");
            } else if (given.compareTo(amount.amount()) != 0) {
                c.problem("Amount", given.toPlainString() + " is not quantity x unit price ("
                        + amount.amount().toPlainString() + ")");
            }
        }
        return new NewItem(charge, description, start, end, quantity, price, amount.amount(),
                named == null ? revenueDefault : named);
    }

    @Override
    public Source source(Row r) {
        Group g = r.group();
        return new Source(g.account.getId(), g.account.getNumber(), "DocumentNumber", g.key, r.line() != g.firstLine);
    }

    @Override
    public void beforeWrite(DSLContext t, Writing w, Set<String> skipped) {
        List<Group> kept = groups.values().stream()
                .filter(g -> !skipped.contains(ImportBatchRepository.key(g.account.getId(), g.key))).toList();
        for (int from = 0; from < kept.size(); from += ImportRun.CHUNK) {
            List<Group> part = kept.subList(from, Math.min(kept.size(), from + ImportRun.CHUNK));
            if (w.dryRun()) {
                part.forEach(g -> w.created().add("new " + label(g)));
                continue;
            }
            var written = writer.headers(t, part.stream().map(g -> new NewHeader(g.type, g.account.getId(),
                    g.account.getCurrency(), g.date, g.due, g.total, g.key)).toList(), w.batchId(), w.now());
            for (int i = 0; i < part.size(); i++) {
                Group g = part.get(i);
                g.id = written.get(i).getKey();
                if (g.post) {
                    toPost.add(g.id);
                }
                w.created().add(written.get(i).getValue() + ": " + label(g));
            }
        }
    }

    @Override
    public void write(DSLContext t, List<Row> chunk, List<String> references, Writing w) {
        if (!w.dryRun()) {
            writer.items(t, chunk.stream().map(r -> new NewItemOf(r.group().id, ++r.group().written, r.item()))
                    .toList());
        }
    }

    @Override
    public void finish(DSLContext t, Writing w) {
        if (!w.dryRun()) {
            writer.finishDocuments(t, w.batchId(), toPost, w.now());
        }
    }

    private static String label(Group g) {
        return g.type.label() + " " + g.key + " for " + g.account.getNumber() + ", " + Text.count(g.items, "item")
                + (g.post ? ", posted" : ", draft");
    }
}
