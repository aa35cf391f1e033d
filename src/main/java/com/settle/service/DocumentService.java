package com.settle.service;

import com.settle.domain.listing.Listing;
import com.settle.domain.AmountParser;
import com.settle.domain.Dates;
import com.settle.domain.LineAmount;
import com.settle.domain.Money;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.listing.DocumentListQuery;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.Permission;
import com.settle.domain.policy.DocumentEntryPolicy;
import com.settle.domain.policy.DocumentPolicy;
import com.settle.store.DocumentListQueries;
import com.settle.store.DocumentQueries;
import com.settle.store.DocumentRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Invoices and debit memos: entry (draft or posted), posting, cancelling, the list and one document's page. */
public final class DocumentService implements Listing<DocumentListQuery, DocumentSummary> {

    /** One item as a clerk enters it; its amount is quantity × unit price, rounded once. */
    public record ItemCommand(String chargeName, String description, LocalDate serviceStart, LocalDate serviceEnd,
                              BigDecimal quantity, BigDecimal unitPrice, String accountingCode) {
        public ItemCommand {
            Dates.check("Service start", serviceStart);
            Dates.check("Service end", serviceEnd);
        }

    }

    /** A new document for an account. */
    public record NewDocumentCommand(DocumentType type, String accountNumber, LocalDate documentDate,
                                     LocalDate dueDate, String comment, boolean post, List<ItemCommand> items) {
        public NewDocumentCommand {
            Dates.check("Document date", documentDate);
            Dates.check("Due date", dueDate);
        }

    }

    private static final DocumentListQueries LIST = new DocumentListQueries();

    private final Transactions tx;
    private final DocumentEntryPolicy entry;
    private final DocumentRepository documents;
    private final Lookups lookups;
    private final UserContext user;
    private final Clock clock;

    DocumentService(Transactions tx, DocumentRepository documents, Lookups lookups, UserContext user, Clock clock, DocumentEntryPolicy entry) {

        this.entry = entry;
        this.tx = tx;
        this.documents = documents;
        this.lookups = lookups;
        this.user = user;
        this.clock = clock;
    }

    /** Creates the document (and posts it when asked); returns its number. */
    public String create(NewDocumentCommand c) {
        check(c);
        String comment = Text.optional("Comment", c.comment(), 255);
        return tx.inTransaction(t -> {
            AccountRecord account = lookups.account(t, "Account", c.accountNumber());
            return documents.insert(t, document(t, c, account, comment), OffsetDateTime.now(clock)).getNumber();
        });
    }

    /**
     * Changes a draft: dates, comment and items (and posts it when asked). Its type and account stay; a
     * posted or canceled document is refused (the database refuses it too).
     */
    public void updateDraft(String number, NewDocumentCommand c) {
        check(c);
        String comment = Text.optional("Comment", c.comment(), 255);
        tx.inTransaction(t -> {
            var doc = documents.lock(t, lookups.document(t, "Document", number).getId());
            refuse(DocumentPolicy.whyNotEdit(doc.getNumber(), doc.getStatus()));
            AccountRecord account = lookups.account(t, "Account", c.accountNumber());
            if (account.getId().longValue() != doc.getAccountId() || !c.type().code().equals(doc.getDocType())) {
                throw new ValidationException("Account", "a draft keeps its type and account; enter a new document"
                        + " for another account");
            }
            documents.replaceDraft(t, doc.getId(), document(t, c, account, comment), OffsetDateTime.now(clock));
            return null;
        });
    }

    private void check(NewDocumentCommand c) {
        user.require(Permission.DOCUMENT_EDIT, "enter invoices and debit memos");
        if (c.post()) {
            user.require(Permission.DOCUMENT_POST, "post invoices and debit memos");
        }
        entry.dates(c.documentDate(), c.dueDate());
        if (c.items() == null || c.items().isEmpty()) {
            throw new ValidationException("Items", "must have at least one item");
        }
    }

    private DocumentRepository.NewDocument document(DSLContext t, NewDocumentCommand c, AccountRecord account,
                                                    String comment) {
        String inactive = Lookups.inactive(account);
        if (inactive != null) {
            throw new ValidationException("Account", inactive);
        }
        lookups.requireOpen(t, DocumentEntryPolicy.DOCUMENT_DATE, c.documentDate());
        Currency currency = Currency.getInstance(account.getCurrency());
        List<DocumentRepository.NewItem> items = new ArrayList<>();
        int line = 1;
        for (ItemCommand item : c.items()) {
            items.add(item(t, DocumentEntryPolicy.item(line++), item, currency));
        }
        return new DocumentRepository.NewDocument(c.type(), account.getId(), account.getCurrency(),
                c.documentDate(), c.dueDate(), comment, c.post(), items);
    }

    private DocumentRepository.NewItem item(DSLContext t, String field, ItemCommand c, Currency currency) {
        String charge = DocumentEntryPolicy.charge(field, c.chargeName());
        DocumentEntryPolicy.quantity(field, c.quantity());
        DocumentEntryPolicy.unitPrice(field, c.unitPrice());
        DocumentEntryPolicy.servicePeriod(field, c.serviceStart(), c.serviceEnd());
        Money amount = LineAmount.of(c.quantity(), c.unitPrice(), currency);
        AmountParser.money(field + " amount", amount.amount(), currency, AmountParser.Sign.ANY);
        return new DocumentRepository.NewItem(charge, Text.optional(field + " description", c.description(), 255),
                c.serviceStart(), c.serviceEnd(), c.quantity(), c.unitPrice(), amount.amount(),
                lookups.accountingCode(t, field + " accounting code", c.accountingCode(),
                        Lookups.ITEM_ACCOUNTING_TYPE));
    }

    /** Posts a draft: from now on its amounts and items are fixed (the database refuses changes too). */
    public void post(String number) {
        user.require(Permission.DOCUMENT_POST, "post invoices and debit memos");
        tx.inTransaction(t -> {
            var doc = documents.lock(t, lookups.document(t, "Document", number).getId());
            refuse(DocumentPolicy.whyNotPost(doc.getNumber(), doc.getStatus()));
            lookups.requireOpen(t, DocumentEntryPolicy.DOCUMENT_DATE, doc.getDocumentDate());
            documents.setStatus(t, doc.getId(), DocumentStatus.POSTED, OffsetDateTime.now(clock));
            return null;
        });
    }

    /**
     * Cancels a draft, or a posted document with nothing applied to it (its balance still its amount,
     * every item untouched). A canceled document stays in the books, out of every open list.
     */
    public void cancel(String number) {
        user.require(Permission.DOCUMENT_CANCEL, "cancel invoices and debit memos");
        tx.inTransaction(t -> {
            var doc = documents.lock(t, lookups.document(t, "Document", number).getId());
            boolean untouched = doc.getBalance().compareTo(doc.getAmount()) == 0
                    && documents.items(t, doc.getId()).stream().allMatch(i -> i.balance().compareTo(i.amount()) == 0);
            refuse(DocumentPolicy.whyNotCancel(doc.getNumber(), doc.getStatus(), untouched));
            documents.setStatus(t, doc.getId(), DocumentStatus.CANCELED, OffsetDateTime.now(clock));
            return null;
        });
    }

    private static void refuse(Optional<String> reason) {
        if (reason.isPresent()) {
            throw new ServiceException(reason.get());
        }
    }

    public List<DocumentSummary> list() {
        return tx.read(documents::summaries);
    }

    /** How many invoices and debit memos the list query gives. */
    @Override
    public int count(DocumentListQuery query) {
        DocumentListQuery q = query == null ? DocumentListQuery.all() : query;
        return tx.read(t -> LIST.count(t, q));
    }

    /** One page of the list query: rows {@code offset} on, at most {@code limit} of them. */
    @Override
    public List<DocumentSummary> page(DocumentListQuery query, int offset, int limit) {
        DocumentListQuery q = query == null ? DocumentListQuery.all() : query;
        if (offset < 0 || limit < 0) {
            throw new ValidationException("Page", "offset and limit must not be negative");
        }
        return tx.read(t -> LIST.page(t, q, offset, limit));
    }

    /** One invoice or debit memo with its items, what moved its balance, and its status history. */
    public DocumentDetail detail(String number) {
        String n = Text.required("Document", number, 20);
        return tx.read(t -> new DocumentQueries().detail(t, n)).orElseThrow(() ->
                new ValidationException("Document", "'" + n + "' is not an invoice or debit memo number"));
    }
}
