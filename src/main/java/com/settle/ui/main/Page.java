package com.settle.ui.main;

/** The screens the navigation sidebar leads to, in its order. */
public enum Page {
    HOME("nav.home", true),
    ACCOUNTS("nav.accounts", true),
    DOCUMENTS("nav.documents", true),
    PAYMENTS("nav.payments", true),
    CREDIT_BALANCES("nav.creditBalances", true),
    JOURNAL("nav.journal", false),
    SETTINGS("nav.settings", true);

    private final String key;
    private final boolean built;

    Page(String key, boolean built) {
        this.key = key;
        this.built = built;
    }

    /** The resource bundle key of its name. */
    public String key() {
        return key;
    }

    /** False for screens a later version brings; they show a plain notice, never fake data. */
    public boolean built() {
        return built;
    }
}
