package com.settle.app;

import com.settle.domain.MoneyText;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.ViewLoader;
import com.settle.ui.main.MainWindow;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What stays the same for as long as the window is open, whichever books it shows: the one background
 * executor, the view loader, the clerk's locale and money format, the clock, the window and its file dialogs.
 *
 * @param owner  the window dialogs open over
 * @param window the main window's controller, once it is loaded
 */
record WindowParts(BackgroundExecutor executor, ViewLoader loader, MoneyText format, Clock clock, Locale locale,
                   Supplier<Window> owner, Supplier<MainWindow> window, FileDialogs files) {
}
