package com.settle.ui.common;

/** A controller of a page the main window can show: it reloads its data and takes the focus on demand. */
public interface PageController {

    /** Reloads the page's data in the background. */
    void refresh();

    /** Moves the keyboard focus to where a clerk starts on the page. */
    void focus();
}
