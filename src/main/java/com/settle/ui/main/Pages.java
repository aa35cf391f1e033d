package com.settle.ui.main;

import javafx.scene.Node;

/** Makes (once) and refreshes the page shown for each navigation entry. */
public interface Pages {

    Node page(Page page);

    /** Reloads the page's data in the background. */
    void refresh(Page page);

    /** Moves the keyboard focus to where a clerk starts on the page. */
    void focus(Page page);
}
