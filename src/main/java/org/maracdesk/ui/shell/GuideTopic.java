package org.maracdesk.ui.shell;

/** One page of the bundled user guide, and which area of the window it is the help for. */
enum GuideTopic {
    GENERAL("help.topic.general", "/help/README.md", null),
    REFERRALS("help.topic.referrals", "/help/referrals.md", "## The list"),
    CASES("help.topic.cases", "/help/README.md", "## Cases"),
    MEETINGS("help.topic.meetings", "/help/meetings.md", null),
    ACTIONS("help.topic.actions", "/help/actions-and-exports.md", "## Actions"),
    REPORTS("help.topic.reports", "/help/actions-and-exports.md", "## Reports"),
    ADMINISTRATION("help.topic.administration", "/help/administration.md", null);

    private final String titleKey;
    private final String resource;
    private final String section;

    GuideTopic(String titleKey, String resource, String section) {
        this.titleKey = titleKey;
        this.resource = resource;
        this.section = section;
    }

    String titleKey() {
        return titleKey;
    }

    String resource() {
        return resource;
    }

    /** The heading to start at, as written in the Markdown; {@code null}: the top of the page. */
    String section() {
        return section;
    }

    static GuideTopic of(NavArea area) {
        return area == null ? GENERAL : valueOf(area.name());
    }
}
