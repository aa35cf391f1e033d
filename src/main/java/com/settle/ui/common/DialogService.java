package com.settle.ui.common;

/** Alerts behind an interface, so view models are tested without windows. */
public interface DialogService {

    void information(String title, String header, String text);

    void error(String title, String header, String text);
}
