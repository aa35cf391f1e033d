package com.settle.cli;

import com.settle.domain.Dates;
import com.settle.domain.ValidationException;
import com.settle.service.ServiceException;
import com.settle.store.DatabaseException;
import com.settle.store.DiskFull;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line: one line on stderr for any error, the stack trace only in the log. */
public final class Cli {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int BAD_ARGUMENTS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(CliContext context, SettleCommand.WindowLauncher window, String... args) {
        SettleCommand root = new SettleCommand(context, window);
        CommandLine cmd = new CommandLine(root);
        // Dates as a clerk types them in a script, with a message that names the format (not a Java class).
        cmd.registerConverter(LocalDate.class, text -> {
            try {
                return Dates.check("date", LocalDate.parse(text.strip()));
            } catch (ValidationException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is outside the dates Settle accepts ("
                        + Dates.FIRST + " to " + Dates.LAST + ")");
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD, e.g. 2026-11-24)");
            }
        });
        cmd.setOut(context.out());
        cmd.setErr(context.err());
        cmd.setParameterExceptionHandler((ex, a) -> {
            context.err().println("settle: " + ex.getMessage() + " (see settle --help)");
            context.err().flush();
            return BAD_ARGUMENTS;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            int code = ex instanceof ValidationException ? BAD_ARGUMENTS : REFUSED;
            if (!(ex instanceof DatabaseException) && DiskFull.isCause(ex)) {
                LOG.error("Command failed on a full disk: {}", String.join(" ", args), ex);
                context.err().println("settle: " + DiskFull.message(context.databaseFile(root.options())));
                context.err().flush();
                return REFUSED;
            }
            if (!(ex instanceof ValidationException) && !(ex instanceof ServiceException)
                    && !(ex instanceof DatabaseException)) {
                LOG.error("Command failed: {}", String.join(" ", args), ex);
                context.err().println("settle: unexpected error: " + firstLine(ex) + " (details in the log file)");
            } else {
                LOG.info("Command refused: {}", ex.getMessage());
                context.err().println("settle: " + firstLine(ex).replace(":" + System.lineSeparator(), ": ")
                        .replace(System.lineSeparator(), "; "));
            }
            context.err().flush();
            return code;
        });
        int code = cmd.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.strip();
    }
}
