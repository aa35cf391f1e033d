package com.settle.ui.common;

import java.util.List;

/**
 * What the notice for a screen a later version brings says: the screen's name, what a clerk can do meanwhile,
 * and links to the screens that do it. Never fake data, never a dead end.
 */
public record ComingSoonViewModel(String title, String meanwhile, List<Link> links) {

    /** A way on from the notice: the words on the link and where it goes. */
    public record Link(String text, Runnable go) {
    }

    public ComingSoonViewModel {
        links = List.copyOf(links);
    }
}
