package com.settle.cli;

import com.settle.domain.ValidationException;
import com.settle.domain.model.PaymentMethod;
import com.settle.service.Services;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle deposit-account}: shows or sets the ledger account each payment method deposits to. */
@Command(name = "deposit-account", mixinStandardHelpOptions = true,
        description = "Set the Cash accounting code a payment method's money is deposited to (from the day after the"
                + " closing date); --default sends it to the Cash default again. Without arguments, shows them.")
final class DepositAccountCommand extends ServiceCommand {

    @ParentCommand
    private SettleCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "METHOD",
            description = "Cash, Check, BankTransfer, Card or Other.")
    private String method;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CODE", description = "A Cash accounting code.")
    private String code;

    @Option(names = "--default", description = "The method deposits to the Cash default.")
    private boolean useDefault;

    @Override
    SettleCommand root() {
        return root;
    }

    @Override
    int run(Services s) {
        if (method != null) {
            if (code == null && !useDefault) {
                throw new ValidationException("CODE", "is required (or --default for the Cash default)");
            }
            if (code != null && useDefault) {
                throw new ValidationException("--default", "cannot go with a CODE");
            }
            PaymentMethod m;
            try {
                m = PaymentMethod.parse(method);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("METHOD", e.getMessage());
            }
            s.deposits().set(m, code);
        } else if (code != null || useDefault) {
            throw new ValidationException("METHOD", "is required");
        }
        Map<PaymentMethod, String> own = s.deposits().depositAccounts();
        Map<String, Object> json = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (PaymentMethod m : PaymentMethod.values()) {
            json.put(m.code(), own.get(m));
            lines.add(String.format("%-14s %s", m.label(), own.containsKey(m) ? own.get(m) : "(the Cash default)"));
        }
        print(json, lines);
        return 0;
    }
}
