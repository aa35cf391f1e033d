package com.settle.ui.print;

import com.settle.domain.MoneyText;
import com.settle.domain.model.Statement;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The Statement dialog: a period (this month so far, by default), the statement's figures for it as they load,
 * and the statement itself for saving as PDF or printing.
 */
public final class StatementViewModel implements FormModel<Statement> {

    private final String account;
    private final TaskRunner runner;
    private final BiFunction<LocalDate, LocalDate, Statement> statements;
    private final MoneyText text;
    private final ObjectProperty<LocalDate> from;
    private final ObjectProperty<LocalDate> to;
    private final ReadOnlyObjectWrapper<Statement> statement = new ReadOnlyObjectWrapper<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param statements reads the statement for a period (run in the background) */
    public StatementViewModel(String account, LocalDate today, MoneyText text, TaskRunner runner,
                              BiFunction<LocalDate, LocalDate, Statement> statements) {
        this.account = account;
        this.text = text;
        this.runner = runner;
        this.statements = statements;
        this.from = new SimpleObjectProperty<>(today.withDayOfMonth(1));
        this.to = new SimpleObjectProperty<>(today);
        from.addListener((o, a, b) -> load());
        to.addListener((o, a, b) -> load());
        error.bind(Bindings.createStringBinding(() -> !problem.get().isEmpty() ? problem.get()
                : statement.get() == null ? "Reading the statement…" : "", problem, statement));
        load();
    }

    private void load() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        statement.set(null);
        if (f == null || t == null) {
            problem.set(f == null ? "From is required" : "To is required");
            return;
        }
        problem.set("");
        runner.run("Reading the statement of " + account, () -> statements.apply(f, t), s -> {
            if (f.equals(from.get()) && t.equals(to.get())) {
                statement.set(s);
            }
        }, e -> problem.set(BackgroundExecutor.clerkMessage(e)));
    }

    public String header() {
        return "Statement of " + account + ": what is open, its aging, and the period's charges, payments and credit";
    }

    /** The figures of the loaded statement in one line, or empty while it loads. */
    public String summary() {
        Statement s = statement.get();
        if (s == null) {
            return "";
        }
        return "Balance due " + text.display(s.balanceDue()) + " in " + s.openDocuments().size()
                + (s.openDocuments().size() == 1 ? " open document" : " open documents") + "; credit balance "
                + text.display(s.creditBalance()) + "; " + s.activity().size() + " charges and payments in the period.";
    }

    @Override
    public Statement result() {
        return statement.get();
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Statement> statementProperty() {
        return statement.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }
}
