package com.settle.cli;

import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountingTransfer;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.CreditAccount;
import com.settle.domain.model.HistoryFilter;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PlannedCredit;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService;
import com.settle.service.Services;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle credit ...}: the credit balance use cases from the command line. */
@Command(name = "credit", mixinStandardHelpOptions = true,
        description = "Show, adjust, apply, refund and cancel credit balances.",
        subcommands = {CreditCommand.Queue.class, CreditCommand.Show.class, CreditCommand.Adjust.class,
            CreditCommand.Apply.class, CreditCommand.ApplyAll.class, CreditCommand.Refund.class,
            CreditCommand.Cancel.class, CreditCommand.Update.class, CreditCommand.FromInvoice.class})
final class CreditCommand {

    @ParentCommand
    SettleCommand root;

    /** A credit subcommand. */
    abstract static class Sub extends ServiceCommand {
        @ParentCommand
        CreditCommand group;

        @Override
        SettleCommand root() {
            return group.root;
        }
    }

    static Map<String, Object> planned(PlannedCredit p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", p.accountNumber());
        m.put("invoice", p.invoiceNumber());
        m.put("invoiceDate", p.invoiceDate().toString());
        m.put("invoiceBalance", p.invoiceBalance().amount());
        m.put("amount", p.amount().amount());
        m.put("currency", p.amount().currency().getCurrencyCode());
        m.put("adjustment", p.adjustmentNumber());
        return m;
    }

    static String plannedLine(PlannedCredit p) {
        return String.format("%-11s %-12s %s  %14s of %14s%s", p.accountNumber(), p.invoiceNumber(), p.invoiceDate(),
                Print.money(p.amount()), Print.money(p.invoiceBalance()),
                p.adjustmentNumber() == null ? "" : "  " + p.adjustmentNumber());
    }

    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = "Accounts with a credit balance and at least one open invoice.")
    static final class Queue extends Sub {
        @Override
        int run(Services s) {
            List<CreditAccount> queue = s.creditHistory().queue();
            List<Object> json = new ArrayList<>();
            List<String> text = new ArrayList<>();
            for (CreditAccount a : queue) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("account", a.number());
                m.put("name", a.name());
                m.put("currency", a.creditBalance().currency().getCurrencyCode());
                m.put("creditBalance", a.creditBalance().amount());
                m.put("openInvoices", a.openInvoices());
                m.put("openInvoiceBalance", a.openInvoiceBalance().amount());
                json.add(m);
                text.add(String.format("%-11s %-30s credit %16s  %d open invoices %16s", a.number(), a.name(),
                        Print.money(a.creditBalance()), a.openInvoices(), Print.money(a.openInvoiceBalance())));
            }
            if (text.isEmpty()) {
                text.add("No account has both a credit balance and an open invoice.");
            }
            print(json, text);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "An account's credit balance and its history, newest first, with running balances.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "A-…")
        String account;

        @Override
        int run(Services s) {
            var head = s.creditHistory().head(account);
            List<HistoryLine> lines = s.creditHistory().all(head, HistoryFilter.ALL);
            List<Object> json = new ArrayList<>();
            List<String> text = new ArrayList<>();
            text.add(head.accountNumber() + " " + head.accountName() + ": credit balance " + Print.money(head.balance()) + ", "
                    + head.lines() + " history lines");
            for (HistoryLine l : lines) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", l.seq());
                m.put("date", l.date().toString());
                m.put("adjustment", l.adjustmentNumber());
                m.put("cancellation", l.cancellation());
                m.put("type", l.type().code());
                m.put("sourceType", l.sourceType());
                m.put("source", l.sourceNumber());
                m.put("amount", l.amount().amount());
                m.put("balance", l.balanceAfter().amount());
                m.put("reasonCode", l.reasonCode());
                m.put("accountingCode", l.accountingCode());
                m.put("comment", l.comment());
                m.put("status", l.status().code());
                m.put("transferredToAccounting", l.transferredToAccounting().code());
                m.put("createdBy", l.createdBy());
                json.add(m);
                text.add(String.format("%6d %s %-12s %-22s %-10s %-14s %14s %14s %s", l.seq(), l.date(),
                        l.adjustmentNumber(), l.type().code(), l.sourceType(),
                        l.sourceNumber() == null ? "" : l.sourceNumber(), l.amount().amount().toPlainString(),
                        l.balanceAfter().amount().toPlainString(), l.status().code()));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("account", head.accountNumber());
            out.put("currency", head.balance().currency().getCurrencyCode());
            out.put("creditBalance", head.balance().amount());
            out.put("history", json);
            print(out, text);
            return 0;
        }
    }

    /** Exactly one of --increase / --decrease. */
    static final class Direction {
        @Option(names = "--increase", paramLabel = "AMT", required = true, description = "Add to the credit balance.")
        String increase;
        @Option(names = "--decrease", paramLabel = "AMT", required = true, description = "Take from the credit balance.")
        String decrease;
    }

    /** The fields a clerk may give any new adjustment: reason, accounting code, comment, date. */
    static final class AdjustmentFields {
        @Option(names = "--reason", paramLabel = "CODE", description = "Reason code (default: the default one).")
        String reason;
        @Option(names = "--accounting-code", paramLabel = "CODE")
        String accountingCode;
        @Option(names = "--comment", paramLabel = "TEXT")
        String comment;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Adjustment date (default: today).")
        LocalDate date;
    }

    @Command(name = "adjust", mixinStandardHelpOptions = true, description = "Increase or decrease a credit balance.")
    static final class Adjust extends Sub {
        @Parameters(paramLabel = "A-…")
        String account;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Direction direction;
        @picocli.CommandLine.Mixin
        AdjustmentFields fields;

        @Override
        int run(Services s) {
            boolean up = direction.increase != null;
            String amount = up ? direction.increase : direction.decrease;
            String number = s.creditBalances().adjust(new CreditBalanceService.AdjustCommand(account,
                    up ? AdjustmentType.INCREASE : AdjustmentType.DECREASE,
                    Args.amount(up ? "--increase" : "--decrease", amount), fields.reason, fields.accountingCode,
                    fields.comment, fields.date));
            print(Map.of("adjustment", number), List.of("Recorded " + number + "."));
            return 0;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Apply the credit balance to an invoice (default: the oldest open one; amount: the most"
                    + " possible, min(credit balance, invoice balance)).")
    static final class Apply extends Sub {
        @Parameters(paramLabel = "A-…")
        String account;
        @Option(names = "--invoice", paramLabel = "INV-…")
        String invoice;
        @Option(names = "--amount", paramLabel = "AMT", description = "Lower than the most possible.")
        String amount;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Adjustment date (default: today).")
        LocalDate date;

        @Override
        int run(Services s) {
            PlannedCredit done = s.creditApplications().applyToInvoice(new ApplyCreditCommand(account, invoice,
                    amount == null ? null : Args.amount("--amount", amount), date, null, null, null));
            print(planned(done), List.of("Applied " + Print.money(done.amount()) + " to " + done.invoiceNumber()
                    + " (" + done.adjustmentNumber() + ")."));
            return 0;
        }
    }

    @Command(name = "apply-all", mixinStandardHelpOptions = true,
            description = "Apply every queued account's credit balance to its open invoices, oldest first. Accounts"
                    + " are applied in groups of 200, each group one transaction; a group that is refused is retried one"
                    + " account per transaction, so one account's refusal never holds back another's. An invoice dated"
                    + " after today is not a candidate. --dry-run is the same run with nothing saved: it prints what"
                    + " the run would apply and refuse.")
    static final class ApplyAll extends Sub {
        @Option(names = "--dry-run", description = "Print what would be applied; save nothing.")
        boolean dryRun;

        @Override
        int run(Services s) {
            var err = root().context().err();
            var result = s.creditApplications().applyAll((done, total) -> {
                if (!json() && (done == total || done % 500 == 0)) {
                    err.printf("\r%d of %d accounts", done, total);
                    err.flush();
                }
            }, () -> false, dryRun);
            if (!json() && result.accounts() > 0) {
                err.println();
            }
            List<String> text = new ArrayList<>(result.applied().stream().map(CreditCommand::plannedLine).toList());
            result.refused().forEach(r -> text.add("refused " + r));
            text.add(Text.count(result.applied().size(), "application") + (dryRun ? " planned over " : " over ")
                    + Text.count(result.accounts(), "account") + ", " + result.refused().size() + " refused"
                    + (dryRun ? "; nothing saved (dry run)." : "."));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("applied", result.applied().stream().map(CreditCommand::planned).toList());
            json.put("refused", result.refused());
            print(json, text);
            return result.refused().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "refund", mixinStandardHelpOptions = true,
            description = "Pay credit back to the customer: a refund R-… and a Decrease adjustment.")
    static final class Refund extends Sub {
        @Parameters(paramLabel = "A-…")
        String account;
        @Option(names = "--amount", required = true, paramLabel = "AMT")
        String amount;
        @Option(names = "--method", required = true, converter = Args.MethodConverter.class,
                description = "Cash, Check, BankTransfer, Card or Other.")
        PaymentMethod method;
        @Option(names = "--reference", paramLabel = "TEXT")
        String reference;
        @Option(names = "--reason", paramLabel = "CODE", description = "Refund reason code.")
        String reason;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Refund date (default: today).")
        LocalDate date;

        @Override
        int run(Services s) {
            String number = s.creditBalances().refund(new CreditBalanceService.RefundCommand(account,
                    Args.amount("--amount", amount), date, method, reference, reason, null));
            print(Map.of("adjustment", number), List.of("Refunded; recorded " + number + "."));
            return 0;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Cancel an adjustment: Status Canceled and a reversing line in the history.")
    static final class Cancel extends Sub {
        @Parameters(paramLabel = "CBA-…")
        String number;

        @Override
        int run(Services s) {
            s.creditBalances().cancel(number);
            print(Map.of("canceled", number), List.of("Canceled " + number + "."));
            return 0;
        }
    }

    @Command(name = "from-invoice", mixinStandardHelpOptions = true,
            description = "Move an invoice's negative balance to its account's credit balance (an Increase with"
                    + " source Invoice, history type from_invoice).")
    static final class FromInvoice extends Sub {
        @Parameters(paramLabel = "INV-…")
        String invoice;
        @picocli.CommandLine.Mixin
        AdjustmentFields fields;

        @Override
        int run(Services s) {
            String cba = s.creditApplications().transferFromInvoice(invoice, fields.date, fields.reason,
                    fields.accountingCode, fields.comment);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("invoice", invoice);
            m.put("adjustment", cba);
            print(m, List.of("Recorded " + cba + ": " + invoice + "'s negative balance is now credit."));
            return 0;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Change an adjustment's reason code or TransferredToAccounting (nothing else changes).")
    static final class Update extends Sub {
        @Parameters(paramLabel = "CBA-…")
        String number;
        @Option(names = "--reason", paramLabel = "CODE")
        String reason;
        @Option(names = "--transferred-to-accounting", paramLabel = "VALUE",
                description = "Processing, Yes, Error or Ignore.")
        String transferred;

        @Override
        int run(Services s) {
            if (reason == null && transferred == null) {
                throw new ValidationException("--reason / --transferred-to-accounting",
                        "give at least one");
            }
            s.creditBalances().update(new CreditBalanceService.UpdateCommand(number, reason,
                    transferred == null ? null : AccountingTransfer.parse("--transferred-to-accounting", transferred)));
            print(Map.of("updated", number), List.of("Updated " + number + "."));
            return 0;
        }
    }
}
