package com.settle.cli;

import com.settle.domain.MoneyText;
import com.settle.domain.OutputTarget;
import com.settle.domain.model.Statement;
import com.settle.print.PdfDocuments;
import com.settle.print.StatementPdf;
import com.settle.service.ServiceException;
import com.settle.service.Services;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle statement A-… --from … --to … [--pdf F]}: a customer statement, printed or saved as PDF. */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = "A customer statement: open documents with their aging, the period's charges and payments,"
                + " and the credit balance. Printed as text, or saved as PDF with --pdf.")
final class StatementCommand extends ServiceCommand {

    @ParentCommand
    SettleCommand root;

    @Parameters(paramLabel = "A-…", description = "The account.")
    String account;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period (default: the"
            + " first day of --to's month).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period and the statement"
            + " date (default: today).")
    LocalDate to;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Save the statement as this PDF file.")
    Path pdf;

    @Option(names = "--overwrite", description = "Replace the file --pdf names if it exists.")
    boolean overwrite;

    @Override
    SettleCommand root() {
        return root;
    }

    @Override
    public Integer call() {
        if (pdf != null) {
            OutputTarget.check("--pdf", pdf, root.context().databaseFile(root.options()), overwrite);
        }
        return super.call();
    }

    @Override
    int run(Services s) {
        Statement st = s.statements().statement(account, from, to);
        MoneyText text = MoneyText.ofDefaultLocale();
        if (pdf != null) {
            try {
                PdfDocuments.save(StatementPdf.pdf(st, text, st.to()), pdf);
            } catch (IOException e) {
                throw new ServiceException("Cannot write " + pdf + ": " + e.getMessage() + ". Nothing was written.",
                        e);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account", st.accountNumber());
        json.put("from", st.from().toString());
        json.put("to", st.to().toString());
        json.put("balanceDue", st.balanceDue().amount().toPlainString());
        json.put("creditBalance", st.creditBalance().amount().toPlainString());
        json.put("openDocuments", st.openDocuments().size());
        json.put("aging", st.aging().buckets().stream().map(m -> m.amount().toPlainString()).toList());
        if (pdf != null) {
            json.put("pdf", pdf.toString());
        }
        List<String> lines = new ArrayList<>();
        lines.add("Statement of " + st.accountNumber() + " " + st.accountName() + ", " + text.date(st.from()) + " – "
                + text.date(st.to()));
        lines.add("Balance due: " + text.display(st.balanceDue()) + " in " + st.openDocuments().size()
                + (st.openDocuments().size() == 1 ? " open document" : " open documents"));
        lines.add("Credit balance: " + text.display(st.creditBalance()));
        for (int i = 0; i < Statement.Aging.LABELS.size(); i++) {
            lines.add("  " + Statement.Aging.LABELS.get(i) + (i == 0 ? "" : " past due") + ": " + text.display(st.aging().buckets().get(i)));
        }
        lines.add(st.activity().size() + " charges and payments, " + st.creditActivity().size()
                + " credit balance changes in the period");
        if (pdf != null) {
            lines.add("Saved as " + pdf + ".");
        }
        print(json, lines);
        return 0;
    }
}
