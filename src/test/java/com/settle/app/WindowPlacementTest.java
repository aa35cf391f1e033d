package com.settle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the main window opens, as plain geometry: it fits the screen, and a kept place is used when it still fits. */
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 720 - 40);
    private static final Rectangle2D WIDE = new Rectangle2D(0, 0, 1920, 1080 - 40);

    @Test
    void theDefaultFitsA1280By720ScreenWithItsMenuAndStatusBar() {
        Rectangle2D at = WindowPlacement.fit(null, List.of(LAPTOP), LAPTOP, 1240, 760);
        assertThat(at.getHeight()).isLessThanOrEqualTo(LAPTOP.getHeight());
        assertThat(at.getWidth()).isEqualTo(1240);
        assertThat(at.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(at.getMaxY()).isLessThanOrEqualTo(LAPTOP.getMaxY());
        Rectangle2D big = WindowPlacement.fit(null, List.of(WIDE), WIDE, 1240, 760);
        assertThat(big.getWidth()).isEqualTo(1240);
        assertThat(big.getHeight()).isEqualTo(760);
        assertThat(big.getMinX()).isEqualTo((1920 - 1240) / 2.0);
    }

    @Test
    void aKeptPlaceIsUsedOnlyWhileItIsStillOnAScreen() {
        Rectangle2D kept = new Rectangle2D(300, 100, 1400, 900);
        assertThat(WindowPlacement.fit(kept, List.of(WIDE), WIDE, 1240, 760)).isEqualTo(kept);
        // The big monitor is gone: the window comes back onto the laptop at a size that fits.
        Rectangle2D back = WindowPlacement.fit(kept, List.of(LAPTOP), LAPTOP, 1240, 760);
        assertThat(back).isNotEqualTo(kept);
        assertThat(LAPTOP.contains(back)).isTrue();
        Rectangle2D offScreen = new Rectangle2D(3000, 100, 800, 600);
        assertThat(LAPTOP.contains(WindowPlacement.fit(offScreen, List.of(LAPTOP), LAPTOP, 1240, 760))).isTrue();
    }
}
