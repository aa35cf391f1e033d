package com.settle.domain.allocation;

import com.settle.domain.MoneyText;
import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocatorTest {

    private static final MoneyText TEXT = new MoneyText(Locale.US);

    private static final LocalDate JAN = LocalDate.of(2026, 1, 10);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 10);

    private static AllocationTarget item(long id, String doc, LocalDate date, int ordinal, String balance) {
        return new AllocationTarget(id, doc, date.plusDays(30), date, ordinal, new BigDecimal(balance));
    }

    @Test
    void fifoPaysTheOldestDocumentFirstThenItemOrder() {
        List<AllocationTarget> items = List.of(
                item(1, "INV-2", FEB, 1, "50.00"),
                item(2, "INV-1", JAN, 2, "30.00"),
                item(3, "INV-1", JAN, 1, "20.00"));
        Allocation a = Allocator.allocate("Amount", ApplicationRule.FIFO, Money.of("60.00", "USD"), items);
        assertThat(a.shares()).extracting(s -> s.target().itemId()).containsExactly(3L, 2L, 1L);
        assertThat(a.shares()).extracting(s -> s.amount().toPlainString()).containsExactly("20.00", "30.00", "10.00");
        assertThat(a.explain(TEXT).get(3)).contains("INV-2 #1").contains("what was left, 10.00 of balance 50.00");
    }

    @Test
    void fifoOrdersByDueDateBeforeDocumentDate() {
        var early = new AllocationTarget(1, "INV-9", LocalDate.of(2026, 1, 5), FEB, 1, new BigDecimal("10"));
        var late = new AllocationTarget(2, "INV-1", LocalDate.of(2026, 3, 1), JAN, 1, new BigDecimal("10"));
        Allocation a = Allocator.allocate("Amount", ApplicationRule.FIFO, Money.of("10", "USD"), List.of(late, early));
        assertThat(a.nonZeroShares()).extracting(s -> s.target().itemId()).containsExactly(1L);
    }

    @Test
    void prorationSplitsInProportionAndGivesLeftoverUnitsToLargestRemainders() {
        // 100.00 over 3 equal balances: 33.33 each, one cent left over, which goes to the oldest (a tie).
        List<AllocationTarget> items = List.of(
                item(1, "INV-1", JAN, 1, "50.00"),
                item(2, "INV-1", JAN, 2, "50.00"),
                item(3, "INV-2", FEB, 1, "50.00"));
        Allocation a = Allocator.allocate("Amount", ApplicationRule.PRORATION, Money.of("100.00", "USD"), items);
        assertThat(a.shares()).extracting(s -> s.amount().toPlainString()).containsExactly("33.34", "33.33", "33.33");
        assertThat(a.shares().get(0).remainderUnit()).isTrue();
        assertThat(a.shares().get(0).remainderRank()).isEqualTo(1);
        assertThat(a.shares().get(1).remainderUnit()).isFalse();
        assertThat(a.explain(TEXT)).anySatisfy(l -> assertThat(l).contains("INV-1 #1").contains("leftover minor unit"));
        assertThat(a.explain(TEXT).get(a.explain(TEXT).size() - 1)).isEqualTo("1 item received a leftover minor unit.");
    }

    @Test
    void prorationPrefersTheLargerRemainderOverAge() {
        // 10 JPY over balances 1 and 2 (total 3): exact 3.33 and 6.67 → floors 3 and 6, the unit goes to 6.67.
        List<AllocationTarget> items = List.of(
                item(1, "INV-1", JAN, 1, "1"),
                item(2, "INV-2", FEB, 1, "2"));
        Allocation a = Allocator.allocate("Amount", ApplicationRule.PRORATION, Money.of("3", "JPY"), items);
        assertThat(a.shares()).extracting(s -> s.amount().intValueExact()).containsExactly(1, 2);
        Allocation b = Allocator.allocate("Amount", ApplicationRule.PRORATION, Money.of("2", "JPY"), items);
        // exact 0.67 and 1.33 → floors 0 and 1, one unit left: remainder 2/3 beats 1/3.
        assertThat(b.shares()).extracting(s -> s.amount().intValueExact()).containsExactly(1, 1);
        assertThat(b.shares().get(0).remainderUnit()).isTrue();
    }

    @Test
    void itemsWithoutOpenBalanceReceiveNothing() {
        List<AllocationTarget> items = List.of(
                item(1, "INV-1", JAN, 1, "0.00"),
                item(2, "INV-1", JAN, 2, "-5.00"),
                item(3, "INV-1", JAN, 3, "7.00"));
        for (ApplicationRule rule : ApplicationRule.values()) {
            Allocation a = Allocator.allocate("Amount", rule, Money.of("7.00", "USD"), items);
            assertThat(a.nonZeroShares()).extracting(s -> s.target().itemId()).containsExactly(3L);
        }
    }

    @Test
    void refusesMoreThanTheOpenBalanceAndNonPositiveAmounts() {
        List<AllocationTarget> items = List.of(item(1, "INV-1", JAN, 1, "5.000"));
        assertThatThrownBy(() -> Allocator.allocate("Amount to apply", ApplicationRule.PRORATION,
                Money.of("5.001", "BHD"), items))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Amount to apply BHD5.001 is more than the open balance of the items (BHD5.000)");
        assertThatThrownBy(() -> Allocator.allocate("Amount", ApplicationRule.FIFO, Money.of("0", "BHD"), items))
                .hasMessage("Amount must be greater than zero");
    }

    @Test
    void hugeProductsDoNotOverflow() {
        List<AllocationTarget> items = List.of(
                item(1, "INV-1", JAN, 1, "9000000000000.000"),
                item(2, "INV-1", JAN, 2, "3.001"));
        Allocation a = Allocator.allocate("Amount", ApplicationRule.PRORATION, Money.of("8999999999999.999", "BHD"),
                items);
        BigDecimal sum = a.shares().stream().map(AllocationShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("8999999999999.999");
    }

    @Test
    void aDocumentsItemsOfferNoMoreThanItsBalanceFirstItemsFirst() {
        LocalDate d = LocalDate.of(2026, 9, 1);
        List<AllocationTarget> items = List.of(item(3, "INV-1", d, 3, "-4.00"), item(1, "INV-1", d, 1, "5.00"),
                item(2, "INV-1", d, 2, "5.00"));
        assertThat(AllocationTarget.withinDocument(items, new BigDecimal("6.00")))
                .extracting(t -> t.ordinal() + ":" + t.balance().toPlainString())
                .containsExactly("1:5.00", "2:1.00", "3:0");
        assertThat(AllocationTarget.withinDocument(items, new BigDecimal("-1.00")))
                .extracting(t -> t.balance().signum()).containsOnly(0);
        Allocation a = Allocator.allocate("Amount", ApplicationRule.FIFO, Money.of(new BigDecimal("6.00"),
                Currency.getInstance("USD")), AllocationTarget.withinDocument(items, new BigDecimal("6.00")));
        assertThat(a.nonZeroShares()).extracting(s -> s.amount().toPlainString()).containsExactly("5.00", "1.00");
        assertThatThrownBy(() -> Allocator.allocate("Amount", ApplicationRule.PRORATION, Money.of(
                new BigDecimal("6.01"), Currency.getInstance("USD")),
                AllocationTarget.withinDocument(items, new BigDecimal("6.00")))).isInstanceOf(ValidationException.class);
    }
}
