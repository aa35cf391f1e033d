package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void followsEachOperatingSystemsConvention() {
        assertThat(DataFolder.userDataFolder("Linux", Map.of(), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/settle"));
        assertThat(DataFolder.userDataFolder("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/ann"))
                .isEqualTo(Path.of("/data/settle"));
        assertThat(DataFolder.userDataFolder("Windows 11", Map.of("APPDATA", "C:/Users/ann/AppData/Roaming"), "C:/Users/ann"))
                .isEqualTo(Path.of("C:/Users/ann/AppData/Roaming", "Settle"));
        assertThat(DataFolder.userDataFolder("Mac OS X", Map.of(), "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Settle"));
    }

    @Test
    void dbOptionBeatsTheEnvironmentWhichBeatsTheDataFolder() {
        Path data = Path.of("/data/settle");
        assertThat(DataFolder.resolveDatabase(null, Map.of(), data)).isEqualTo(Path.of("/data/settle/settle.mv.db"));
        assertThat(DataFolder.resolveDatabase(null, Map.of("SETTLE_DB", "/env/books"), data))
                .isEqualTo(Path.of("/env/books.mv.db"));
        assertThat(DataFolder.resolveDatabase("/opt/x.mv.db", Map.of("SETTLE_DB", "/env/books"), data))
                .isEqualTo(Path.of("/opt/x.mv.db"));
    }
}
