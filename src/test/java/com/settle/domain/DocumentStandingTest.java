package com.settle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.DocumentStanding;
import com.settle.domain.model.DocumentStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A clerk reads Open, Partly paid or Paid where the database keeps Posted. */
class DocumentStandingTest {

    private static DocumentStanding of(DocumentStatus status, String amount, String balance) {
        return DocumentStanding.of(status, new BigDecimal(amount), new BigDecimal(balance));
    }

    @Test
    void aPostedDocumentIsOpenPartlyPaidOrPaidByItsBalance() {
        assertThat(of(DocumentStatus.POSTED, "100.00", "100.00")).isEqualTo(DocumentStanding.OPEN);
        assertThat(of(DocumentStatus.POSTED, "100.00", "0.01")).isEqualTo(DocumentStanding.PARTLY_PAID);
        assertThat(of(DocumentStatus.POSTED, "100.00", "0.00")).isEqualTo(DocumentStanding.PAID);
        assertThat(of(DocumentStatus.POSTED, "100.00", "-5.00").label()).isEqualTo("Overpaid");
        assertThat(of(DocumentStatus.POSTED, "-20.00", "-20.00")).isEqualTo(DocumentStanding.OPEN);
        assertThat(of(DocumentStatus.POSTED, "100", "100.00")).isEqualTo(DocumentStanding.OPEN);
    }

    @Test
    void aDraftAndACanceledDocumentAreWhatTheyAre() {
        assertThat(of(DocumentStatus.DRAFT, "100.00", "0.00").label()).isEqualTo("Draft");
        assertThat(of(DocumentStatus.CANCELED, "100.00", "100.00").label()).isEqualTo("Canceled");
    }
}
