package org.maracdesk.ui.shell;

/** The areas of the main window, in navigation order (Ctrl+1 … Ctrl+6). */
public enum NavArea {
    REFERRALS("nav.referrals", null),
    CASES("nav.cases", null),
    MEETINGS("nav.meetings", null),
    ACTIONS("nav.actions", "nav.actions.soon"),
    REPORTS("nav.reports", "nav.reports.soon"),
    ADMINISTRATION("nav.administration", null);

    private final String titleKey;
    private final String comingSoonKey;

    NavArea(String titleKey, String comingSoonKey) {
        this.titleKey = titleKey;
        this.comingSoonKey = comingSoonKey;
    }

    public String titleKey() {
        return titleKey;
    }

    /** Null when the area has a real screen; otherwise what the placeholder says is coming. */
    public String comingSoonKey() {
        return comingSoonKey;
    }
}
