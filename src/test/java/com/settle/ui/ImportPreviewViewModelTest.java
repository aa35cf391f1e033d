package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.service.ImportService.Problem;
import com.settle.service.ImportService.Report;
import com.settle.ui.imports.ImportKind;
import com.settle.ui.imports.ImportPreviewViewModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an import's preview says, without a window. */
class ImportPreviewViewModelTest {

    final Path file = Path.of("payments.csv");

    @Test
    void aCleanFileListsWhatImportCreatesAndWhatItSkips() {
        Report report = new Report(3, 2, List.of("P-1: $10.00", "P-2: $5.00"), 1, List.of("line 3: imported before"),
                true, null);
        ImportPreviewViewModel vm = ImportPreviewViewModel.preview(ImportKind.values()[0], file, report);
        assertThat(vm.header()).isEqualTo("payments.csv: 3 rows checked, no problems. Import creates:");
        assertThat(vm.lines()).containsExactly("P-1: $10.00", "P-2: $5.00", "Skipped as already imported (1):",
                "line 3: imported before");
        assertThat(vm.action()).isEqualTo("Import 2 records");
    }

    @Test
    void aListCutShortSaysHowManyMore() {
        Report report = new Report(5, 5, List.of("P-1"), 0, List.of(), true, null);
        assertThat(ImportPreviewViewModel.preview(ImportKind.values()[0], file, report).lines())
                .containsExactly("P-1", "… and 4 more");
    }

    @Test
    void problemsOfferToSkipOnlyWhenEveryOneIsARepeat() {
        List<Problem> problems = List.of(new Problem(2, "Amount", "'x' is not an amount"));
        ImportPreviewViewModel vm = ImportPreviewViewModel.problems(ImportKind.values()[0], file, problems, false);
        assertThat(vm.header()).isEqualTo("payments.csv has 1 problem. Nothing was imported; correct the file and"
                + " import it again.");
        assertThat(vm.action()).isNull();
        assertThat(ImportPreviewViewModel.problems(ImportKind.values()[0], file, problems, true).action())
                .isEqualTo("Skip rows already imported");
    }
}
