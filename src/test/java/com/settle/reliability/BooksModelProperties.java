package com.settle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.support.TestEngine;
import com.settle.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Model-based test of the books: random sequences of use cases (invoices and debit memos, some with
 * negative items, payments applied FIFO or to one item, unapplied, refunded, transferred, credit
 * adjusted, refunded, applied, transferred from a negative document, cancellations, write-offs and their reversals,
 * journal runs, closing and opening the books) run on a real H2 file through the
 * services and on {@link BooksModel}; after every action the stored figures must equal the model's and
 * Verify books must find nothing. 600 sequences of 50 actions in the suite (jqwik's default tries, set
 * in junit-platform.properties; 25 on a team server); a longer run: {@code mvn test -Dtest=BooksModelProperties
 * -Djqwik.tries.default=10000}.
 */
class BooksModelProperties {

    private static Path folder;
    private static Path template;
    private ModelledBooks current;
    private Path currentFolder;
    /** On the test server ({@link TestEngine}): the template database, and the copy the current sequence runs on. */
    private static TestServer.Fresh serverTemplate;
    private TestServer.Fresh currentDatabase;

    @Property(afterFailure = net.jqwik.api.AfterFailureMode.RANDOM_SEED)
    void theBooksAgreeWithTheModelAfterEveryAction(@ForAll("sequences") ActionChain<ModelledBooks> chain) {
        ModelledBooks end = chain.withInvariant("stored figures equal the model's and Verify books finds nothing",
                ModelledBooks::matchesTheModel).run();
        assertThat(chain.transformations()).hasSize(50);
        Statistics.label("refused use cases per sequence").collect(end.refusals() / 10 * 10);
    }

    @Provide
    Arbitrary<ActionChain<ModelledBooks>> sequences() {
        Arbitrary<Integer> account = Arbitraries.integers().between(0, 1);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 40);
        // null: the most the model allows (a whole unapplied amount, a whole line); else minor units, often too many.
        Arbitrary<Integer> units = Arbitraries.integers().between(0, 30_000).injectNull(0.4);
        Arbitrary<Integer> price = Arbitraries.integers().between(1, 20_000);
        // Now and then a credit line on the document itself: a negative item.
        Arbitrary<Integer> itemPrice = Arbitraries.frequencyOf(Tuple.of(5, price), Tuple.of(1, price.map(p -> -p)));
        return ActionChain.startWith(this::freshBooks)
                .withAction(3, action(Combinators.combine(account, Arbitraries.of(false, false, false, true),
                                itemPrice.list().ofMinSize(1).ofMaxSize(4))
                        .as((a, dm, u) -> Transformer.mutate((dm ? "debit memo" : "invoice") + " account " + a
                                + " items " + u, b -> b.invoice(a, dm, u)))))
                .withAction(1, action(index.map(i -> Transformer.mutate("transfer the negative balance of document "
                        + i, b -> b.transferFromInvoice(i)))))
                .withAction(3, action(Combinators.combine(account, price)
                        .as((a, u) -> Transformer.mutate("payment account " + a + " of " + u, b -> b.payment(a, u)))))
                .withAction(3, action(Combinators.combine(index, units)
                        .as((p, u) -> Transformer.mutate("apply FIFO payment " + p + " " + u, b -> b.applyFifo(p, u)))))
                .withAction(3, action(Combinators.combine(index, index, index, units)
                        .as((p, i, n, u) -> Transformer.mutate("apply payment " + p + " to invoice " + i + " item " + n
                                + " " + u, b -> b.applyItem(p, i, n, u)))))
                .withAction(1, action(index.map(p -> Transformer.mutate("unapply all of payment " + p,
                        b -> b.unapplyAll(p)))))
                .withAction(2, action(Combinators.combine(index, index, units)
                        .as((p, l, u) -> Transformer.mutate("unapply payment " + p + " line " + l + " " + u,
                                b -> b.unapplyItem(p, l, u)))))
                .withAction(1, action(Combinators.combine(index, units)
                        .as((p, u) -> Transformer.mutate("refund payment " + p + " " + u, b -> b.refund(p, u)))))
                .withAction(2, action(Combinators.combine(index, units)
                        .as((p, u) -> Transformer.mutate("transfer payment " + p + " " + u, b -> b.transfer(p, u)))))
                .withAction(2, action(Combinators.combine(account, Arbitraries.of(true, false), price)
                        .as((a, up, u) -> Transformer.mutate((up ? "increase" : "decrease") + " account " + a + " "
                                + u, b -> b.adjust(a, up, u)))))
                .withAction(1, action(Combinators.combine(account, units)
                        .as((a, u) -> Transformer.mutate("refund credit of account " + a + " " + u,
                                b -> b.creditRefund(a, u)))))
                .withAction(2, action(Combinators.combine(account, index.injectNull(0.5), units)
                        .as((a, i, u) -> Transformer.mutate("apply credit of account " + a + " to invoice " + i + " "
                                + u, b -> b.applyCredit(a, i, u)))))
                .withAction(1, action(index.map(p -> Transformer.mutate("cancel payment " + p,
                        b -> b.cancelPayment(p)))))
                .withAction(1, action(index.map(a -> Transformer.mutate("cancel adjustment " + a,
                        b -> b.cancelAdjustment(a)))))
                .withAction(1, action(Combinators.combine(index, units)
                        .as((i, u) -> Transformer.mutate("write off document " + i + " " + u, b -> b.writeOff(i, u)))))
                .withAction(1, action(index.map(w -> Transformer.mutate("reverse write-off " + w,
                        b -> b.reverseWriteOff(w)))))
                .withAction(1, action(Arbitraries.just(Transformer.mutate("journal run", ModelledBooks::journalRun))))
                .withAction(1, action(Arbitraries.of(true, false).map(c -> Transformer.mutate(c ? "close the books"
                        : "open the books", b -> b.closeBooks(c)))))
                .withMaxTransformations(50);
    }

    private static Action.Independent<ModelledBooks> action(Arbitrary<Transformer<ModelledBooks>> transformers) {
        return () -> transformers;
    }

    /** A copy of the template file (migrated once, with its two accounts): each sequence starts on fresh books. */
    private ModelledBooks freshBooks() {
        closeCurrent();
        if (TestEngine.onServer()) {
            if (serverTemplate == null) {
                serverTemplate = TestServer.migratedDatabase();
                ModelledBooks.prepareTemplate(TestServer.open(serverTemplate.address()));
            }
            currentDatabase = TestServer.copyOf(serverTemplate);
            current = new ModelledBooks(TestServer.open(currentDatabase.address()));
            return current;
        }
        try {
            if (template == null) {
                folder = Files.createTempDirectory("settle-model");
                template = folder.resolve("template.mv.db");
                ModelledBooks.prepareTemplate(template);
            }
            currentFolder = Files.createTempDirectory(folder, "run");
            Path file = currentFolder.resolve("books.mv.db");
            Files.copy(template, file);
            current = new ModelledBooks(file);
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterTry
    void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
            if (currentDatabase != null) {
                currentDatabase.close();
                currentDatabase = null;
            } else {
                delete(currentFolder);
            }
        }
    }

    @AfterContainer
    static void removeFiles() {
        if (folder != null) {
            delete(folder);
        }
        if (serverTemplate != null) {
            serverTemplate.close();
            serverTemplate = null;
        }
    }

    private static void delete(Path tree) {
        try (Stream<Path> files = Files.walk(tree)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
