package com.settle.ui.main;

/** The screens the navigation sidebar leads to, in its order. */
public enum Page {
    HOME("nav.home"),
    ACCOUNTS("nav.accounts"),
    DOCUMENTS("nav.documents"),
    PAYMENTS("nav.payments"),
    CREDIT_BALANCES("nav.creditBalances"),
    JOURNAL("nav.journal"),
    SETTINGS("nav.settings");

    private final String key;

    Page(String key) {
        this.key = key;
    }

    /** The resource bundle key of its name. */
    public String key() {
        return key;
    }
}
