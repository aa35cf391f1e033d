package com.settle.cli;

import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.ApplicationService;
import com.settle.service.ApplicationService.ApplyResult;
import com.settle.service.CreditBalanceService;
import com.settle.service.PaymentService;
import com.settle.service.Services;
import com.settle.service.UnapplicationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The payment subcommands that move money: apply, unapply, refund, transfer. */
final class PaymentApplyCommands {

    private PaymentApplyCommands() {
    }

    /** picocli converter for {@code --rule}. */
    static final class RuleConverter implements ITypeConverter<ApplicationRule> {
        @Override
        public ApplicationRule convert(String value) {
            try {
                return ApplicationRule.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Apply a payment to invoices and debit memos: item amounts as given, document amounts and"
                    + " --amount spread by the rule. --dry-run prints the exact split and saves nothing.")
    static final class Apply extends PaymentCommand.Sub {
        @Parameters(paramLabel = "P-…")
        String number;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Effective date.")
        LocalDate date;
        @Option(names = "--doc", paramLabel = "DOC=AMT", description = "Amount for a whole document.")
        List<String> docs = new ArrayList<>();
        @Option(names = "--item", paramLabel = "DOC#N=AMT", description = "Amount for item N of a document.")
        List<String> items = new ArrayList<>();
        @Option(names = "--amount", paramLabel = "AMT",
                description = "With no --doc/--item: spread this much (default: all unapplied) over open documents.")
        String amount;
        @Option(names = "--rule", converter = RuleConverter.class, description = "fifo or proration (default: the setting).")
        ApplicationRule rule;
        @Option(names = "--dry-run", description = "Print the split; save nothing.")
        boolean dryRun;
        @Option(names = "--explain", description = "Also print how the rule made the split.")
        boolean explain;

        @Override
        int run(Services s) {
            Map<String, List<ApplicationService.ItemAmount>> byDoc = new LinkedHashMap<>();
            Map<String, BigDecimal> docAmounts = new LinkedHashMap<>();
            for (String d : docs) {
                Args.DocAmount a = Args.docAmount("--doc", d);
                if (docAmounts.put(a.document(), a.amount()) != null) {
                    throw new ValidationException("--doc", a.document() + " is given twice");
                }
                byDoc.putIfAbsent(a.document(), new ArrayList<>());
            }
            for (String i : items) {
                Args.ItemAmount a = Args.itemAmount("--item", i);
                byDoc.computeIfAbsent(a.document(), k -> new ArrayList<>())
                        .add(new ApplicationService.ItemAmount(a.ordinal(), a.amount()));
            }
            List<ApplicationService.DocumentAmount> lines = new ArrayList<>();
            byDoc.forEach((doc, its) -> lines.add(new ApplicationService.DocumentAmount(doc, docAmounts.get(doc), its)));
            if (amount != null && !lines.isEmpty()) {
                throw new ValidationException("--amount", "goes with no --doc or --item (it is"
                        + " spread over all open documents)");
            }
            ApplyResult r = s.applications().apply(new ApplicationService.ApplyCommand(number, date, rule, lines,
                    amount == null ? null : Args.amount("--amount", amount), dryRun));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("payment", r.paymentNumber());
            json.put("saved", r.saved());
            json.put("rule", r.rule().code());
            json.put("total", r.total().amount());
            json.put("unappliedAfter", r.unappliedAfter().amount());
            json.put("items", Print.items(r.items()));
            if (explain) {
                json.put("explanation", r.explanation());
            }
            List<String> text = new ArrayList<>();
            text.add((r.saved() ? "applied " : "would apply ") + Print.money(r.total()) + " of " + r.paymentNumber()
                    + "; unapplied after: " + Print.money(r.unappliedAfter()));
            r.items().forEach(i -> text.add("  " + i.documentNumber() + " #" + i.ordinal() + "  " + Print.money(i.amount())));
            if (explain) {
                r.explanation().forEach(l -> text.add("  | " + l));
            }
            print(json, text);
            return 0;
        }
    }

    @Command(name = "unapply", mixinStandardHelpOptions = true,
            description = "Reverse all or part of what a payment applied (newest application first).")
    static final class Unapply extends PaymentCommand.Sub {
        @Parameters(paramLabel = "P-…")
        String number;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Effective date.")
        LocalDate date;
        @Option(names = "--doc", paramLabel = "DOC=AMT", description = "Amount to take back from a document.")
        List<String> docs = new ArrayList<>();
        @Option(names = "--item", paramLabel = "DOC#N=AMT", description = "Amount to take back from item N.")
        List<String> items = new ArrayList<>();
        @Option(names = "--reason", paramLabel = "CODE", description = "Reason code (default: the Unapplication default).")
        String reason;
        @Option(names = "--comment")
        String comment;

        @Override
        int run(Services s) {
            List<UnapplicationService.UnapplyDocument> d = new ArrayList<>();
            for (String x : docs) {
                Args.DocAmount a = Args.docAmount("--doc", x);
                d.add(new UnapplicationService.UnapplyDocument(a.document(), a.amount()));
            }
            List<UnapplicationService.UnapplyItem> i = new ArrayList<>();
            for (String x : items) {
                Args.ItemAmount a = Args.itemAmount("--item", x);
                i.add(new UnapplicationService.UnapplyItem(a.document(), a.ordinal(), a.amount()));
            }
            var r = s.unapplications().unapply(new UnapplicationService.UnapplyCommand(number, date, d, i, reason,
                    comment, null));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("payment", r.paymentNumber());
            json.put("total", r.total().amount());
            json.put("unappliedAfter", r.unappliedAfter().amount());
            json.put("items", Print.items(r.reversed()));
            List<String> text = new ArrayList<>();
            text.add("unapplied " + Print.money(r.total()) + " of " + r.paymentNumber() + "; unapplied after: "
                    + Print.money(r.unappliedAfter()));
            r.reversed().forEach(x -> text.add("  " + x.documentNumber() + " #" + x.ordinal() + "  "
                    + Print.money(x.amount())));
            print(json, text);
            return 0;
        }
    }

    @Command(name = "refund", mixinStandardHelpOptions = true,
            description = "Refund all or part of a payment's unapplied amount.")
    static final class Refund extends PaymentCommand.Sub {
        @Parameters(paramLabel = "P-…")
        String number;
        @Option(names = "--amount", required = true, paramLabel = "AMT")
        String amount;
        @Option(names = "--method", required = true, converter = Args.MethodConverter.class,
                description = "Cash, Check, BankTransfer, Card or Other.")
        PaymentMethod method;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Refund date (default: today).")
        LocalDate date;
        @Option(names = "--reference")
        String reference;
        @Option(names = "--reason", paramLabel = "CODE")
        String reason;
        @Option(names = "--comment")
        String comment;

        @Override
        int run(Services s) {
            String refund = s.payments().refund(new PaymentService.RefundCommand(number, Args.amount("--amount", amount),
                    date, method, reference, reason, comment, null));
            print(Map.of("refund", refund, "payment", number), List.of("refunded as " + refund));
            return 0;
        }
    }

    @Command(name = "transfer", mixinStandardHelpOptions = true,
            description = "Move all or part of a payment's unapplied amount to the account's credit balance.")
    static final class Transfer extends PaymentCommand.Sub {
        @Parameters(paramLabel = "P-…")
        String number;
        @Option(names = "--amount", required = true, paramLabel = "AMT")
        String amount;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Adjustment date (default: today).")
        LocalDate date;
        @Option(names = "--reason", paramLabel = "CODE")
        String reason;
        @Option(names = "--accounting-code", paramLabel = "CODE")
        String accountingCode;
        @Option(names = "--comment")
        String comment;

        @Override
        int run(Services s) {
            String cba = s.creditBalances().transferFromPayment(new CreditBalanceService.TransferCommand(number,
                    Args.amount("--amount", amount), date, reason, accountingCode, comment));
            print(Map.of("adjustment", cba, "payment", number), List.of("transferred as " + cba));
            return 0;
        }
    }
}
