package com.settle.cli;

import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountStatus;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.DiscountTerms;
import com.settle.service.AccountService;
import com.settle.service.Services;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle account ...}: customer accounts from the command line. */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "Add, list, show, activate and deactivate accounts; set early-payment discount terms.",
        subcommands = {AccountCommand.Add.class, AccountCommand.ListAccounts.class, AccountCommand.Show.class,
            AccountCommand.Terms.class, AccountCommand.Activate.class, AccountCommand.Deactivate.class})
final class AccountCommand {

    @ParentCommand
    SettleCommand root;

    /** An account subcommand. */
    abstract static class Sub extends ServiceCommand {
        @ParentCommand
        AccountCommand group;

        @Override
        SettleCommand root() {
            return group.root;
        }
    }

    static Map<String, Object> toJson(AccountSummary a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", a.number());
        m.put("name", a.name());
        m.put("status", a.status().code());
        m.put("currency", a.currencyCode());
        m.put("openBalance", a.openBalance().amount());
        m.put("unappliedPayments", a.unappliedPayments().amount());
        m.put("creditBalance", a.creditBalance().amount());
        return m;
    }

    static String line(AccountSummary a) {
        return String.format("%-11s %-30s %-8s open %16s  unapplied %16s  credit %16s", a.number(), a.name(),
                a.status().code(), Print.money(a.openBalance()), Print.money(a.unappliedPayments()),
                Print.money(a.creditBalance()));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a customer account.")
    static final class Add extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--currency", required = true, paramLabel = "CUR", description = "ISO code, e.g. USD.")
        String currency;
        @Option(names = "--contact", paramLabel = "NAME")
        String contact;
        @Option(names = "--email")
        String email;
        @Option(names = "--phone")
        String phone;
        @Option(names = "--address")
        String address;
        @Option(names = "--discount-percent", paramLabel = "P",
                description = "Early-payment discount: P%% off when paid within --discount-days of the document date.")
        String discountPercent;
        @Option(names = "--discount-days", paramLabel = "N")
        String discountDays;

        @Override
        int run(Services s) {
            String number = s.accounts().create(new AccountService.NewAccountCommand(name, currency, contact, email,
                    phone, address, DiscountTerms.parse(discountPercent, discountDays, Locale.ROOT)));
            print(Map.of("account", number), List.of("Added " + number + "."));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every account with its open balance, unapplied payments and credit balance.")
    static final class ListAccounts extends Sub {
        @Override
        int run(Services s) {
            List<AccountSummary> all = s.accounts().list();
            print(all.stream().map(AccountCommand::toJson).toList(), all.stream().map(AccountCommand::line).toList());
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One account's figures.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "A-…")
        String account;

        @Override
        int run(Services s) {
            AccountSummary a = s.accounts().list().stream().filter(x -> x.number().equalsIgnoreCase(account.strip()))
                    .findFirst().orElseThrow(() -> new ValidationException("Account", "'" + account
                            + "' does not exist"));
            DiscountTerms terms = s.accounts().detail(a.number()).discountTerms();
            Map<String, Object> json = toJson(a);
            json.put("discountPercent", terms == null ? null : terms.percent());
            json.put("discountDays", terms == null ? null : terms.days());
            print(json, List.of(line(a), "Early-payment discount: " + (terms == null ? "none"
                    : terms.describe(Locale.ROOT))));
            return 0;
        }
    }

    /** Sets an account's status, keeping its other fields. */
    abstract static class SetStatus extends Sub {
        @Parameters(paramLabel = "A-…")
        String account;

        abstract AccountStatus status();

        @Override
        int run(Services s) {
            var d = s.accounts().detail(account.strip());
            AccountSummary a = d.summary();
            s.accounts().update(a.number(), new AccountService.UpdateAccountCommand(a.name(), a.currencyCode(),
                    d.contactName(), d.email(), d.phone(), d.address(), status(), d.discountTerms()));
            print(Map.of("account", a.number(), "status", status().code()), List.of(a.number() + " is now "
                    + status().code().toLowerCase(Locale.ROOT) + "."));
            return 0;
        }
    }

    @Command(name = "terms", mixinStandardHelpOptions = true, description = "Set an account's early-payment discount:"
            + " --percent off a document when it is paid within --days of its date (the Apply dialog then offers it);"
            + " --none removes it.")
    static final class Terms extends Sub {
        @Parameters(paramLabel = "A-…")
        String account;
        @Option(names = "--percent", paramLabel = "P", description = "Percent off, e.g. 2 or 1.5.")
        String percent;
        @Option(names = "--days", paramLabel = "N", description = "Days from the document date (0: that day only).")
        String days;
        @Option(names = "--none", description = "No early-payment discount.")
        boolean none;

        @Override
        int run(Services s) {
            if (none && (percent != null || days != null)) {
                throw new ValidationException("--none", "cannot go with --percent or --days");
            }
            if (!none && percent == null && days == null) {
                throw new ValidationException("--percent", "is required with --days (or --none to remove the terms)");
            }
            DiscountTerms terms = none ? null : DiscountTerms.parse(percent, days, Locale.ROOT);
            String number = s.accounts().terms(account, terms);
            print(Map.of("account", number, "discountPercent", terms == null ? "" : terms.percent(),
                    "discountDays", terms == null ? "" : terms.days()), List.of(number + ": early-payment discount "
                    + (terms == null ? "removed." : terms.describe(Locale.ROOT) + ".")));
            return 0;
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true,
            description = "Make an account active: it takes new invoices, debit memos and payments again.")
    static final class Activate extends SetStatus {
        @Override
        AccountStatus status() {
            return AccountStatus.ACTIVE;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true, description = "Make an account inactive: no new"
            + " invoices, debit memos or payments; what is on it can still be applied, refunded and verified.")
    static final class Deactivate extends SetStatus {
        @Override
        AccountStatus status() {
            return AccountStatus.INACTIVE;
        }
    }
}
