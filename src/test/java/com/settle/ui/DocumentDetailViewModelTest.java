package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.MoneyText;
import com.settle.domain.model.DocumentType;
import com.settle.service.DocumentService.ItemCommand;
import com.settle.service.DocumentService.NewDocumentCommand;
import com.settle.service.Services;
import com.settle.support.InlineRunner;
import com.settle.support.TestBooks;
import com.settle.ui.common.DialogService;
import com.settle.ui.credit.FxCreditDialogs.TransferFromInvoice;
import com.settle.ui.documents.DocumentAction;
import com.settle.ui.documents.DocumentDetailViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document page without a window: which actions are open and why not (in the service's words), and
 * Post, Cancel and Transfer, each only after the clerk confirms.
 */
class DocumentDetailViewModelTest {

    @TempDir
    Path folder;
    TestBooks books;
    String acme;
    final List<String> notices = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    boolean yes;

    final DialogService dialogs = new DialogService() {
        @Override
        public void information(String title, String header, String text) {
        }

        @Override
        public void error(String title, String header, String text) {
            errors.add(header + ": " + text);
        }

        @Override
        public boolean ask(String title, String header, String text, String answer, String no) {
            return yes;
        }

        @Override
        public int choose(String title, String header, String text, String usual, String... others) {
            return 0;
        }
    };

    @BeforeEach
    void setUp() {
        books = new TestBooks(folder).withCodes();
        acme = books.account("Acme", "USD");
    }

    @AfterEach
    void close() {
        books.assertBalanced();
        books.close();
    }

    private DocumentDetailViewModel model(Services s) {
        return new DocumentDetailViewModel(new InlineRunner(), s.documents(), s.creditApplications(), s.user(),
                new MoneyText(Locale.US), dialogs, (doc, saving) -> saving.save(new TransferFromInvoice(doc.number(),
                LocalDate.of(2026, 9, 5), null, null), () -> { }, m -> notices.add("refused in the dialog: " + m)),
                notices::add);
    }

    private String draft() {
        return books.clerk().documents().create(new NewDocumentCommand(DocumentType.INVOICE, acme,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), null, false, List.of(new ItemCommand("Seats",
                null, null, null, new BigDecimal("2"), new BigDecimal("10.00"), null))));
    }

    @Test
    void aDraftCanBeEditedPostedAndCanceledButNotTransferred() {
        String number = draft();
        DocumentDetailViewModel vm = model(books.admin());
        vm.load(number);
        assertThat(vm.titleProperty().get()).isEqualTo("Invoice " + number);
        assertThat(vm.whyNotProperty(DocumentAction.EDIT).get()).isEmpty();
        assertThat(vm.whyNotProperty(DocumentAction.POST).get()).isEmpty();
        assertThat(vm.whyNotProperty(DocumentAction.CANCEL).get()).isEmpty();
        assertThat(vm.whyNotProperty(DocumentAction.TRANSFER).get()).isEqualTo(number + " is draft, not posted.");
    }

    @Test
    void postWaitsForTheClerksYesThenPostsAndSaysWhyEditingIsClosed() {
        String number = draft();
        DocumentDetailViewModel vm = model(books.admin());
        vm.load(number);
        vm.post();
        assertThat(books.clerk().documents().detail(number).summary().status().code()).isEqualTo("Draft");
        assertThat(notices).isEmpty();
        yes = true;
        vm.post();
        assertThat(notices).containsExactly(number + " posted");
        assertThat(vm.detailProperty().get().summary().status().code()).isEqualTo("Posted");
        // The page's reason is the service's refusal, word for word.
        assertThat(vm.whyNotProperty(DocumentAction.POST).get()).isEqualTo(number
                + " is posted; only a draft can be posted.");
        assertThat(vm.whyNotProperty(DocumentAction.EDIT).get()).startsWith(number + " is posted; only a draft");
    }

    @Test
    void anActionRefusedMeanwhileIsShownWithTheServicesWords() {
        String number = draft();
        DocumentDetailViewModel vm = model(books.admin());
        vm.load(number);
        books.admin().documents().post(number); // another window posts it first
        yes = true;
        vm.post();
        assertThat(notices).isEmpty();
        assertThat(errors).containsExactly("Post was refused; nothing was changed: " + number
                + " is posted; only a draft can be posted.");
    }

    @Test
    void aClerkWithoutThePermissionIsToldWhichOneIsMissing() {
        String number = draft();
        DocumentDetailViewModel vm = model(books.clerk());
        vm.load(number);
        assertThat(vm.whyNotProperty(DocumentAction.TRANSFER).get()).isNotEmpty();
        assertThat(vm.whyNotProperty(DocumentAction.EDIT).get()).isEmpty();
    }

    @Test
    void aCanceledDocumentSaysSoForEveryAction() {
        String number = draft();
        DocumentDetailViewModel vm = model(books.admin());
        vm.load(number);
        yes = true;
        vm.cancel();
        assertThat(notices).containsExactly(number + " canceled");
        assertThat(vm.whyNotProperty(DocumentAction.CANCEL).get()).isEqualTo(number + " is already canceled.");
        assertThat(vm.whyNotProperty(DocumentAction.POST).get()).isEqualTo(number
                + " is canceled; only a draft can be posted.");
    }
}
