package com.settle.domain.model;

import com.settle.domain.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the payment detail page shows: the header figures and every record that moved money
 * out of or back into the payment.
 *
 * @param version changes with every use case on the payment; sent back to detect concurrent changes
 */
public record PaymentDetail(PaymentSummary summary, int version, String comment, OffsetDateTime canceledAt,
                            List<ApplicationView> applications, List<UnapplicationView> unapplications,
                            List<RefundView> refunds, List<TransferView> transfers) {

    /**
     * How a clerk names one of the payment's applications: "application 2" is the second one recorded on it
     * (applications have no number of their own).
     */
    public String applicationName(long applicationId) {
        for (int i = 0; i < applications.size(); i++) {
            if (applications.get(i).id() == applicationId) {
                return "application " + (i + 1);
            }
        }
        return "an application";
    }

    /** One application with its item lines; {@code reversed} is what unapplications took back. */
    public record ApplicationView(long id, LocalDate effectiveDate, String rule, Money amount, Money reversed,
                                  String createdBy, OffsetDateTime createdAt, List<LineView> lines) {
    }

    /** One item line of an application. */
    public record LineView(String documentNumber, DocumentType documentType, int ordinal, String chargeName,
                           Money amount, Money reversed) {

        public boolean fullyReversed() {
            return reversed.compareTo(amount) == 0;
        }
    }

    /** A reversal of (part of) one application. */
    public record UnapplicationView(long id, long applicationId, LocalDate effectiveDate, Money amount,
                                    String reasonCode, String comment) {
    }

    /** A refund of part of the payment's unapplied amount. */
    public record RefundView(String number, LocalDate date, Money amount, PaymentMethod method, String reference,
                             String reasonCode, String comment) {
    }

    /** A transfer of unapplied money to the account's credit balance (a credit balance adjustment). */
    public record TransferView(String number, LocalDate date, Money amount, AdjustmentStatus status) {
    }
}
