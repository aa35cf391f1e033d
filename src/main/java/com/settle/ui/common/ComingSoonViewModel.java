package com.settle.ui.common;

/** What the notice for a screen a later version brings says: the screen's name. Never fake data. */
public record ComingSoonViewModel(String title) {
}
