package com.settle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.ValidationException;
import com.settle.domain.model.AdjustmentType;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.DocumentType;
import com.settle.service.CreditApplicationService.ApplyCreditCommand;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.support.BooksTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Posting and cancelling documents, and a posted document's immutability through raw SQL. */
class DocumentServiceTest extends BooksTest {

    private static final LocalDate OCT = LocalDate.of(2026, 10, 1);

    private String draft(String... prices) {
        List<DocumentService.ItemCommand> items = Arrays.stream(prices).map(p ->
                new DocumentService.ItemCommand("Charge", null, null, null, BigDecimal.ONE, new BigDecimal(p), null))
                .toList();
        return books.clerk().documents().create(new DocumentService.NewDocumentCommand(DocumentType.INVOICE, acme,
                OCT, OCT.plusDays(30), null, false, items));
    }

    private DocumentSummary doc(String number) {
        return books.clerk().documents().list().stream().filter(d -> d.number().equals(number)).findFirst()
                .orElseThrow();
    }

    private void refusedBySql(String sql, Object... binds) {
        assertThatThrownBy(() -> books.database().dsl().execute(sql, binds)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("A posted document stays as posted");
    }

    @Test
    void aDraftChangesFreelyAndIsFixedOncePosted() {
        String number = draft("10.00", "5.00");
        var dsl = books.database().dsl();
        dsl.execute("UPDATE document_item SET charge_name = 'Setup' WHERE ordinal = 1");
        books.clerk().documents().post(number);
        assertThat(doc(number).status().code()).isEqualTo("Posted");
        assertThatThrownBy(() -> books.clerk().documents().post(number)).isInstanceOf(ServiceException.class)
                .hasMessage(number + " is posted; only a draft can be posted.");
        refusedBySql("UPDATE document SET amount = 1 WHERE number = ?", number);
        refusedBySql("UPDATE document SET document_date = DATE '2026-09-01' WHERE number = ?", number);
        refusedBySql("DELETE FROM document WHERE number = ?", number);
        refusedBySql("UPDATE document_item SET charge_name = 'Other' WHERE ordinal = 1");
        refusedBySql("DELETE FROM document_item WHERE ordinal = 2");
        refusedBySql("INSERT INTO document_item (document_id, ordinal, charge_name, unit_price, amount)"
                + " SELECT id, 3, 'Extra', 1, 1 FROM document WHERE number = ?", number);
        refusedBySql("DELETE FROM document_item_balance");
        refusedBySql("UPDATE document SET status = 'Draft', posted_at = NULL WHERE number = ?", number);
        assertThat(doc(number).amount().amount()).isEqualByComparingTo("15.00");
    }

    @Test
    void cancelIsRefusedOnceSomethingIsAppliedAndAllowedOtherwise() {
        String applied = books.invoice(acme, OCT, "30.00");
        String untouched = books.invoice(acme, OCT, "20.00");
        String drafted = draft("7.00");
        books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                new BigDecimal("10.00"), null, null, null, null));
        books.clerk().creditApplications().applyToInvoice(new ApplyCreditCommand(acme, applied, null, null, null,
                null, null));
        assertThatThrownBy(() -> books.clerk().documents().cancel(applied)).isInstanceOf(ServiceException.class)
                .hasMessage(applied + " has payments or credit applied. Unapply them first, then cancel.");
        books.clerk().documents().cancel(untouched);
        books.clerk().documents().cancel(drafted);
        assertThat(doc(untouched).status().code()).isEqualTo("Canceled");
        assertThat(doc(drafted).status().code()).isEqualTo("Canceled");
        assertThat(doc(applied).status().code()).isEqualTo("Posted");
        assertThatThrownBy(() -> books.clerk().documents().cancel(untouched))
                .hasMessage(untouched + " is already canceled.");
    }

    @Test
    void aDraftIsRewrittenWholeAndAPostedOneIsRefused() {
        String number = draft("10.00", "5.00");
        var items = List.of(new DocumentService.ItemCommand("Hosting", "October", OCT, OCT.plusDays(30),
                new BigDecimal("3"), new BigDecimal("2.50"), "4000-SUBS"));
        var change = new DocumentService.NewDocumentCommand(DocumentType.INVOICE, acme, OCT.plusDays(1),
                OCT.plusDays(20), "fixed", false, items);
        books.clerk().documents().updateDraft(number, change);
        var d = books.clerk().documents().detail(number);
        assertThat(d.summary().amount().amount()).isEqualByComparingTo("7.50");
        assertThat(d.summary().balance().amount()).isEqualByComparingTo("7.50");
        assertThat(d.summary().documentDate()).isEqualTo(OCT.plusDays(1));
        assertThat(d.comment()).isEqualTo("fixed");
        assertThat(d.items()).extracting(DocumentDetail.Item::chargeName).containsExactly("Hosting");
        assertThat(d.items().get(0).balance().amount()).isEqualByComparingTo("7.50");

        String other = books.account("Other", "USD");
        var elsewhere = new DocumentService.NewDocumentCommand(DocumentType.INVOICE, other, OCT, OCT, null, false,
                items);
        assertThatThrownBy(() -> books.clerk().documents().updateDraft(number, elsewhere))
                .isInstanceOf(ValidationException.class).hasMessageContaining("keeps its type and account");
        var tooPrecise = new DocumentService.NewDocumentCommand(DocumentType.INVOICE, acme, OCT, OCT, null, false,
                List.of(new DocumentService.ItemCommand("X", null, null, null, new BigDecimal("1.00001"),
                        BigDecimal.ONE, null)));
        assertThatThrownBy(() -> books.clerk().documents().updateDraft(number, tooPrecise))
                .hasMessage("Item 1 quantity '1.00001' has more than 4 decimals");

        books.clerk().documents().updateDraft(number, new DocumentService.NewDocumentCommand(DocumentType.INVOICE,
                acme, OCT, OCT, null, true, items));
        assertThat(doc(number).status().code()).isEqualTo("Posted");
        assertThatThrownBy(() -> books.clerk().documents().updateDraft(number, change))
                .isInstanceOf(ServiceException.class).hasMessageContaining("only a draft can be changed");
        assertThat(books.clerk().documents().detail(number).summary().amount().amount()).isEqualByComparingTo("7.50");
    }
}
