package com.settle.cli;

import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.DocumentType;
import com.settle.service.DocumentService;
import com.settle.service.Services;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle document ...}: invoices and debit memos from the command line. */
@Command(name = "document", mixinStandardHelpOptions = true,
        description = "Add, post, cancel, list and show invoices and debit memos.",
        subcommands = {DocumentCommand.Add.class, DocumentCommand.Post.class, DocumentCommand.Cancel.class,
            DocumentCommand.ListDocuments.class, DocumentCommand.Show.class})
final class DocumentCommand {

    @ParentCommand
    SettleCommand root;

    /** A document subcommand. */
    abstract static class Sub extends ServiceCommand {
        @ParentCommand
        DocumentCommand group;

        @Override
        SettleCommand root() {
            return group.root;
        }
    }

    static Map<String, Object> toJson(DocumentSummary d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.type().code());
        m.put("number", d.number());
        m.put("account", d.accountNumber());
        m.put("documentDate", d.documentDate().toString());
        m.put("dueDate", d.dueDate().toString());
        m.put("currency", d.amount().currency().getCurrencyCode());
        m.put("amount", d.amount().amount());
        m.put("balance", d.balance().amount());
        m.put("status", d.status().code());
        m.put("items", d.itemCount());
        return m;
    }

    static String line(DocumentSummary d) {
        return String.format("%-10s %-13s %-11s %s %s %16s %16s %-8s %s", d.type().label(), d.number(),
                d.accountNumber(), d.documentDate(), d.dueDate(), Print.money(d.amount()), Print.money(d.balance()),
                d.status().code(), Text.count(d.itemCount(), "item"));
    }

    static DocumentSummary find(Services s, String number) {
        return s.documents().list().stream().filter(d -> d.number().equalsIgnoreCase(number.strip())).findFirst()
                .orElseThrow(() -> new ValidationException("Document", "'" + number + "' does not exist"));
    }

    /** One item: --charge NAME [--description T] [--quantity Q] --price P [--accounting-code C]. */
    static final class Item {
        @Option(names = "--charge", required = true, paramLabel = "NAME", description = "Starts an item.")
        String charge;
        @Option(names = "--description", paramLabel = "TEXT")
        String description;
        @Option(names = "--quantity", paramLabel = "Q", description = "Default 1.")
        String quantity;
        @Option(names = "--price", required = true, paramLabel = "AMT", description = "Unit price; may be negative.")
        String price;
        @Option(names = "--accounting-code", paramLabel = "CODE")
        String accountingCode;
        @Option(names = "--service-start", paramLabel = "YYYY-MM-DD")
        LocalDate serviceStart;
        @Option(names = "--service-end", paramLabel = "YYYY-MM-DD")
        LocalDate serviceEnd;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Enter an invoice or debit memo with its items, as a draft or (--post) posted.")
    static final class Add extends Sub {
        @Parameters(paramLabel = "A-…")
        String account;
        @Option(names = "--type", paramLabel = "TYPE", description = "invoice (default) or debit-memo.")
        String type = "invoice";
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Document date.")
        LocalDate date;
        @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "Due date (default: 30 days later).")
        LocalDate due;
        @Option(names = "--comment", paramLabel = "TEXT")
        String comment;
        @Option(names = "--post", description = "Post at once (the amounts are then fixed).")
        boolean post;
        @ArgGroup(exclusive = false, multiplicity = "1..*")
        List<Item> items = new ArrayList<>();

        @Override
        int run(Services s) {
            DocumentType t = switch (type.strip().toLowerCase(Locale.ROOT)) {
                case "invoice" -> DocumentType.INVOICE;
                case "debit-memo", "debitmemo" -> DocumentType.DEBIT_MEMO;
                default -> throw new ValidationException("--type", "'" + type + "' is not invoice or debit-memo");
            };
            List<DocumentService.ItemCommand> lines = new ArrayList<>();
            int n = 1;
            for (Item i : items) {
                String field = "Item " + n++;
                BigDecimal qty = i.quantity == null ? BigDecimal.ONE : Args.amount(field + " --quantity", i.quantity);
                lines.add(new DocumentService.ItemCommand(i.charge, i.description, i.serviceStart, i.serviceEnd, qty,
                        Args.amount(field + " --price", i.price), i.accountingCode));
            }
            String number = s.documents().create(new DocumentService.NewDocumentCommand(t, account, date,
                    due == null ? date.plusDays(30) : due, comment, post, lines));
            DocumentSummary d = find(s, number);
            print(toJson(d), List.of((post ? "Posted " : "Saved draft ") + number + ": " + Print.money(d.amount())
                    + " in " + Text.count(d.itemCount(), "item") + "."));
            return 0;
        }
    }

    @Command(name = "post", mixinStandardHelpOptions = true, description = "Post a draft; its amounts become fixed.")
    static final class Post extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Override
        int run(Services s) {
            s.documents().post(number);
            DocumentSummary d = find(s, number);
            print(toJson(d), List.of("Posted " + d.number() + "."));
            return 0;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Cancel a draft, or a posted document with nothing applied to it.")
    static final class Cancel extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Override
        int run(Services s) {
            s.documents().cancel(number);
            DocumentSummary d = find(s, number);
            print(toJson(d), List.of("Canceled " + d.number() + "."));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Invoices and debit memos, newest first.")
    static final class ListDocuments extends Sub {
        @Option(names = "--account", paramLabel = "A-…")
        String account;
        @Option(names = "--open", description = "Only posted documents with a balance.")
        boolean open;

        @Override
        int run(Services s) {
            List<DocumentSummary> all = s.documents().list().stream()
                    .filter(d -> account == null || d.accountNumber().equalsIgnoreCase(account.strip()))
                    .filter(d -> !open || (d.status() == DocumentStatus.POSTED && d.balance().amount().signum() != 0))
                    .toList();
            print(all.stream().map(DocumentCommand::toJson).toList(), all.stream().map(DocumentCommand::line).toList());
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One document's figures.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Override
        int run(Services s) {
            DocumentSummary d = find(s, number);
            print(toJson(d), List.of(line(d)));
            return 0;
        }
    }
}
