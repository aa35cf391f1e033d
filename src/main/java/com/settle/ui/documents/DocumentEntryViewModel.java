package com.settle.ui.documents;

import com.settle.domain.AmountParser;
import com.settle.domain.LineAmount;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountStatus;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.DocumentType;
import com.settle.domain.policy.DocumentEntryPolicy;
import com.settle.service.DocumentService.ItemCommand;
import com.settle.service.DocumentService.NewDocumentCommand;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.FormText;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The entry form of a new invoice or debit memo, or of a draft being changed: account, dates, comment and
 * its items. Each item's amount is quantity × unit price rounded once to the currency, shown as it will be
 * stored; the first problem names its field, in the service's words ({@link DocumentEntryPolicy}), and the
 * form gives the command to save only when there is none.
 */
public final class DocumentEntryViewModel implements FormModel<NewDocumentCommand> {

    private final List<AccountSummary> accounts;
    private final List<String> codes;
    private final boolean mayPost;
    private final DocumentDetail draft;
    private final MoneyText text;
    private final AmountParser parser;
    private final DocumentEntryPolicy policy;
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(DocumentType.INVOICE);
    private final ObjectProperty<AccountSummary> account = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final BooleanProperty postNow = new SimpleBooleanProperty();
    private final ObservableList<ItemEntry> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param preselected the account's number when opened from its page, or null
     * @param mayPost     whether the user may post ("Post it now" is disabled otherwise)
     * @param draft       the draft to change (its type and account stay), or null for a new document
     */
    public DocumentEntryViewModel(List<AccountSummary> accounts, String preselected, List<String> codes,
                                  boolean mayPost, DocumentDetail draft, MoneyText text, LocalDate today) {
        this.accounts = accounts.stream().filter(a -> a.status() == AccountStatus.ACTIVE
                || draft != null && a.number().equals(draft.summary().accountNumber())).toList();
        this.codes = codes;
        this.mayPost = mayPost;
        this.draft = draft;
        this.text = text;
        this.parser = AmountParser.forLocale(text.locale());
        this.policy = new DocumentEntryPolicy(text);
        String chosen = draft == null ? preselected : draft.summary().accountNumber();
        account.set(this.accounts.stream().filter(a -> a.number().equals(chosen)).findFirst().orElse(null));
        date.set(today);
        due.set(today.plusDays(30));
        // A due date still 30 days after the document date follows it.
        date.addListener((o, a, b) -> {
            if (a != null && b != null && due.get() != null && due.get().equals(a.plusDays(30))) {
                due.set(b.plusDays(30));
            }
        });
        for (Observable o : List.of(type, account, date, due, comment)) {
            o.addListener(x -> check());
        }
        if (draft == null) {
            addItem();
        } else {
            fill(draft);
        }
        check();
    }

    private void fill(DocumentDetail d) {
        type.set(d.summary().type());
        date.set(d.summary().documentDate());
        due.set(d.summary().dueDate());
        comment.set(d.comment() == null ? "" : d.comment());
        NumberFormat plain = NumberFormat.getNumberInstance(text.locale());
        plain.setGroupingUsed(false);
        plain.setMaximumFractionDigits(6);
        for (DocumentDetail.Item item : d.items()) {
            ItemEntry e = addItem();
            e.chargeProperty().set(item.chargeName());
            e.descriptionProperty().set(item.description() == null ? "" : item.description());
            e.startProperty().set(item.serviceStart());
            e.endProperty().set(item.serviceEnd());
            e.quantityProperty().set(plain.format(item.quantity()));
            e.unitPriceProperty().set(plain.format(item.unitPrice()));
            e.codeProperty().set(item.accountingCode() == null ? "" : item.accountingCode());
        }
    }

    /** Adds an empty item at the end and returns it. */
    public ItemEntry addItem() {
        ItemEntry e = new ItemEntry();
        for (Observable o : List.of(e.chargeProperty(), e.descriptionProperty(), e.startProperty(), e.endProperty(),
                e.quantityProperty(), e.unitPriceProperty(), e.codeProperty())) {
            o.addListener(x -> check());
        }
        items.add(e);
        renumber();
        return e;
    }

    /** Removes an item; the last one stays. */
    public void remove(ItemEntry e) {
        if (items.size() > 1 && items.remove(e)) {
            renumber();
        }
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).lineProperty().set(i + 1);
        }
        check();
    }

    /** One pass over the form: each item's amount as it will be stored, the total, and the first problem. */
    private void check() {
        String first = "";
        Money sum = null;
        AccountSummary a = account.get();
        for (ItemEntry e : items) {
            String problem = "";
            BigDecimal q = null;
            BigDecimal p = null;
            try {
                q = parser.number(e.field() + " quantity", e.quantityProperty().get());
                DocumentEntryPolicy.quantity(e.field(), q);
                e.quantityErrorProperty().set("");
            } catch (ValidationException x) {
                e.quantityErrorProperty().set(x.getMessage());
                problem = x.getMessage();
                q = null;
            }
            try {
                p = parser.number(e.field() + " unit price", e.unitPriceProperty().get());
                DocumentEntryPolicy.unitPrice(e.field(), p);
                e.unitPriceErrorProperty().set("");
            } catch (ValidationException x) {
                // An untouched empty price is not marked yet; the form cannot be saved all the same.
                e.unitPriceErrorProperty().set(blank(e.unitPriceProperty().get()) ? "" : x.getMessage());
                problem = problem.isEmpty() ? x.getMessage() : problem;
                p = null;
            }
            e.amountProperty().set("");
            e.negativeProperty().set(false);
            if (q != null && p != null && a != null) {
                Money m = LineAmount.of(q, p, a.openBalance().currency());
                e.amountProperty().set(text.display(m));
                e.negativeProperty().set(m.amount().signum() < 0);
                sum = sum == null ? m : sum.plus(m);
            }
            problem = problem.isEmpty() ? FormText.refusal(() -> DocumentEntryPolicy.charge(e.field(), e.chargeProperty().get()))
                    : problem;
            problem = problem.isEmpty() ? FormText.refusal(() -> DocumentEntryPolicy.servicePeriod(e.field(),
                    e.startProperty().get(), e.endProperty().get())) : problem;
            first = first.isEmpty() ? problem : first;
        }
        total.set(sum == null ? "" : text.display(sum));
        String form = a == null ? "Account is required" : FormText.refusal(() -> policy.dates(date.get(), due.get()));
        error.set(form.isEmpty() ? first : form);
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public NewDocumentCommand result() {
        List<ItemCommand> lines = new ArrayList<>();
        for (ItemEntry e : items) {
            lines.add(new ItemCommand(e.chargeProperty().get().strip(), blankToNull(e.descriptionProperty().get()),
                    e.startProperty().get(), e.endProperty().get(), parser.number("Quantity",
                    e.quantityProperty().get()), parser.number("Unit price", e.unitPriceProperty().get()),
                    blankToNull(e.codeProperty().get())));
        }
        return new NewDocumentCommand(type.get(), account.get().number(), date.get(), due.get(),
                blankToNull(comment.get()), postNow.get(), lines);
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    public String title() {
        return draft == null ? "New invoice or debit memo" : "Edit draft " + draft.summary().number();
    }

    public String header() {
        return "Enter a draft; post it when it is right (its amounts are then fixed)";
    }

    /** A draft keeps its type and account. */
    public boolean isDraft() {
        return draft != null;
    }

    public boolean mayPost() {
        return mayPost;
    }

    /** The accounts a document may be entered for: the active ones (and a draft's own). */
    public List<AccountSummary> accounts() {
        return accounts;
    }

    /** The accounting codes an item may take; a draft's code stays offered even if it is no longer active. */
    public List<String> codes(ItemEntry e) {
        List<String> offered = new ArrayList<>();
        offered.add("");
        offered.addAll(codes);
        String own = e.codeProperty().get();
        if (!blank(own) && !offered.contains(own)) {
            offered.add(own);
        }
        return offered;
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    public ObjectProperty<AccountSummary> accountProperty() {
        return account;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public BooleanProperty postNowProperty() {
        return postNow;
    }

    public ObservableList<ItemEntry> items() {
        return items;
    }

    /** The sum of the items' amounts, once every amount can be worked out. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
