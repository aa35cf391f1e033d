package com.settle.cli;

import com.settle.domain.Currencies;
import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import com.settle.domain.model.DocumentDetail;
import com.settle.service.Services;
import com.settle.service.WriteOffService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle write-off ...}: write off what stays open on a document or item, reverse it, set tolerances. */
@Command(name = "write-off", mixinStandardHelpOptions = true,
        description = "Write off a document's or an item's residual balance, reverse a write-off, or set the"
                + " write-off tolerance of a currency.",
        subcommands = {WriteOffCommand.Add.class, WriteOffCommand.Reverse.class, WriteOffCommand.Tolerance.class})
final class WriteOffCommand {

    @ParentCommand
    SettleCommand root;

    /** A write-off subcommand. */
    abstract static class Sub extends ServiceCommand {
        @ParentCommand
        WriteOffCommand group;

        @Override
        SettleCommand root() {
            return group.root;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Write off what stays open on INV-… (or its item INV-…#N). Above the currency's tolerance"
                    + " this needs the write-off permission and --yes.")
    static final class Add extends Sub {
        @Parameters(paramLabel = "INV-…[#N]")
        String target;
        @Option(names = "--amount", paramLabel = "AMT", description = "Less than what is open (default: all of it).")
        String amount;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        LocalDate date;
        @Option(names = "--reason", paramLabel = "CODE", description = "Reason code (default: the default one).")
        String reason;
        @Option(names = "--accounting-code", paramLabel = "CODE")
        String accountingCode;
        @Option(names = "--comment", paramLabel = "TEXT")
        String comment;
        @Option(names = "--discount", description = "An early-payment discount (the discount accounting code).")
        boolean discount;
        @Option(names = "--yes", description = "Confirm a write-off above the tolerance.")
        boolean yes;

        @Override
        int run(Services s) {
            String number = target;
            Integer ordinal = null;
            int hash = target.indexOf('#');
            if (hash >= 0) {
                number = target.substring(0, hash);
                try {
                    ordinal = Integer.parseInt(target.substring(hash + 1).trim());
                } catch (NumberFormatException e) {
                    throw new ValidationException("Item", "'" + target + "' is not INV-…#N (N the item's line number)");
                }
            }
            BigDecimal value = amount == null ? null : Args.amount("--amount", amount);
            var detail = s.documents().detail(number);
            Integer line = ordinal;
            Money open = line == null ? detail.summary().balance() : detail.items().stream()
                    .filter(i -> i.ordinal() == line).map(DocumentDetail.Item::balance).findFirst()
                    .orElse(detail.summary().balance());
            Money shown = value == null ? open : Money.of(value, open.currency());
            // A discount is checked against the account's terms by the service; a write-off above the tolerance asks.
            String confirm = discount ? null : s.writeOffs().confirmationFor(shown, detail.summary().number());
            if (confirm != null && !yes) {
                throw new ValidationException("--yes", "is required: " + confirm);
            }
            String wo = s.writeOffs().writeOff(new WriteOffService.WriteOffCommand(number, ordinal, value, date,
                    reason, accountingCode, comment, discount));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("writeOff", wo);
            json.put("document", detail.summary().number());
            print(json, List.of("Wrote off with " + wo + " on " + detail.summary().number() + "."));
            return 0;
        }
    }

    @Command(name = "reverse", mixinStandardHelpOptions = true,
            description = "Give a write-off's amount back to its document (a reversal dated today).")
    static final class Reverse extends Sub {
        @Parameters(paramLabel = "WO-…")
        String number;
        @Option(names = "--comment", paramLabel = "TEXT")
        String comment;

        @Override
        int run(Services s) {
            s.writeOffs().reverse(number, comment);
            print(Map.of("reversed", number.trim()), List.of("Reversed " + number.trim() + "."));
            return 0;
        }
    }

    @Command(name = "tolerance", mixinStandardHelpOptions = true,
            description = "Show or set the write-off tolerance of a currency (0 removes it).")
    static final class Tolerance extends Sub {
        @Parameters(index = "0", paramLabel = "CUR")
        String currency;
        @Parameters(index = "1", paramLabel = "AMT", arity = "0..1")
        String amount;

        @Override
        int run(Services s) {
            Currency c = Currencies.of("Currency", currency);
            if (amount != null) {
                s.settings().setWriteOffTolerance(c, Args.amount("AMT", amount));
            }
            Money t = s.writeOffs().tolerance(c);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("currency", c.getCurrencyCode());
            json.put("tolerance", t == null ? null : t.amount());
            print(json, List.of(t == null ? "No write-off tolerance for " + c.getCurrencyCode() + "."
                    : "Write-off tolerance for " + c.getCurrencyCode() + ": " + Print.money(t) + "."));
            return 0;
        }
    }
}
