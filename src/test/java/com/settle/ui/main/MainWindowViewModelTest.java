package com.settle.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.service.VerifyService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MainWindowViewModelTest {

    private static final VerifyService.Report TEN_YEARS = new VerifyService.Report(List.of(), 500_740, 600_000,
            2_999_997L, 5_000, null);

    @Test
    void verifyBooksCountsWhatItReadInTheClerksLocale() {
        assertThat(MainWindowViewModel.checked(TEN_YEARS, Locale.US)).isEqualTo("500,740 payments, 600,000"
                + " documents, 2,999,997 items and 5,000 accounts checked.");
        assertThat(MainWindowViewModel.checked(TEN_YEARS, Locale.GERMANY)).isEqualTo("500.740 payments, 600.000"
                + " documents, 2.999.997 items and 5.000 accounts checked.");
    }

    @Test
    void oneOfEachIsSingular() {
        assertThat(MainWindowViewModel.checked(new VerifyService.Report(List.of(), 1, 1, 1, 1, null), Locale.US))
                .isEqualTo("1 payment, 1 document, 1 item and 1 account checked.");
    }
}
