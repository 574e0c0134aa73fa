package org.maracdesk.ui.shell;

/** The areas of the main window, in navigation order (Ctrl+1 … Ctrl+6). */
public enum NavArea {
    REFERRALS("nav.referrals"),
    CASES("nav.cases"),
    MEETINGS("nav.meetings"),
    ACTIONS("nav.actions"),
    REPORTS("nav.reports"),
    ADMINISTRATION("nav.administration");

    private final String titleKey;

    NavArea(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }
}
