package com.settle.cli;

import com.settle.domain.listing.Batches;
import com.settle.domain.listing.PaymentListQuery;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PaymentStatus;
import com.settle.service.PaymentService;
import com.settle.service.Services;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle payment ...}: the payment use cases from the command line. */
@Command(name = "payment", mixinStandardHelpOptions = true,
        description = "Record, list, show, apply, unapply, refund, transfer and cancel payments.",
        subcommands = {PaymentCommand.Add.class, PaymentCommand.ListPayments.class, PaymentCommand.Show.class,
            PaymentApplyCommands.Apply.class, PaymentApplyCommands.Unapply.class, PaymentApplyCommands.Refund.class,
            PaymentApplyCommands.Transfer.class, PaymentCommand.Cancel.class})
final class PaymentCommand {

    @ParentCommand
    SettleCommand root;

    /** A payment subcommand. */
    abstract static class Sub extends ServiceCommand {

        @ParentCommand
        PaymentCommand group;

        @Override
        SettleCommand root() {
            return group.root;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a payment received from an account.")
    static final class Add extends Sub {
        @Option(names = "--account", required = true, paramLabel = "A-…", description = "The paying account.")
        String account;
        @Option(names = "--amount", required = true, paramLabel = "AMT", description = "Amount, e.g. 1234.50.")
        String amount;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Effective date.")
        LocalDate date;
        @Option(names = "--method", required = true, converter = Args.MethodConverter.class,
                description = "Cash, Check, BankTransfer, Card or Other.")
        PaymentMethod method;
        @Option(names = "--reference", description = "Check number, bank reference, ...")
        String reference;
        @Option(names = "--comment")
        String comment;

        @Override
        int run(Services s) {
            String number = s.payments().record(new PaymentService.NewPaymentCommand(account,
                    Args.amount("--amount", amount), date, method, reference, comment));
            print(Map.of("number", number), List.of("recorded " + number));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List payments, newest first.")
    static final class ListPayments extends Sub {
        @Option(names = "--account", paramLabel = "A-…", description = "Only this account's payments.")
        String account;
        @Option(names = "--unapplied", description = "Only payments with an unapplied amount.")
        boolean unapplied;

        @Override
        int run(Services s) {
            PaymentListQuery q = new PaymentListQuery(null, account, null, unapplied, null, null, null);
            printEach(Batches.every((offset, limit) -> s.payments().page(q, offset, limit)), Print::payment,
                    Print::paymentLine);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a payment with its applications, unapplications, refunds and transfers.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "P-…")
        String number;

        @Override
        int run(Services s) {
            var d = s.payments().detail(number);
            print(Print.detail(d), Print.detailLines(d));
            return 0;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Cancel a payment that has nothing applied, refunded or transferred.")
    static final class Cancel extends Sub {
        @Parameters(paramLabel = "P-…")
        String number;

        @Override
        int run(Services s) {
            s.payments().cancel(number, null);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("number", number);
            json.put("status", PaymentStatus.CANCELED.code());
            print(json, List.of("canceled " + number));
            return 0;
        }
    }
}
