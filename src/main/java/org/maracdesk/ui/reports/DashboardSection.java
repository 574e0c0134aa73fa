package org.maracdesk.ui.reports;

import org.maracdesk.exchange.reports.DashboardMeasure.Dimension;

/** The figures the dashboard shows one at a time, each as a chart or as a table. */
public enum DashboardSection {
    BY_AGENCY(Dimension.AGENCY),
    BY_DISTRICT(Dimension.DISTRICT),
    ACTIONS_BY_AGENCY(Dimension.AGENCY),
    ACTIONS_BY_TYPE(Dimension.TYPE),
    CLOSED_BY_DISTRICT(Dimension.DISTRICT),
    WEEKLY_MARKS(Dimension.DISTRICT),
    TRANSFERS_BY_AREA(Dimension.AREA);

    private final Dimension dimension;

    DashboardSection(Dimension dimension) {
        this.dimension = dimension;
    }

    /** What the rows are: agencies, districts, action types or the other MARACs' areas. */
    public Dimension dimension() {
        return dimension;
    }
}
