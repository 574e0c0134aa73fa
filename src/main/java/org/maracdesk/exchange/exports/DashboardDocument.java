package org.maracdesk.exchange.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.exchange.reports.DashboardFigures;

/**
 * The steering group's dashboard as CSV or XLSX, one figure a row (section, key, name, measure, value), so a
 * spreadsheet can filter and chart it; the same figures as {@code report dashboard --json}. No names of
 * people: agencies, districts, action types, outcomes and the other MARACs' areas of transfers only.
 */
final class DashboardDocument {
    static final List<String> HEADER = List.of("section", "key", "name", "measure", "value");

    private DashboardDocument() {
    }

    static void table(DashboardFigures f, ExportFormat format, OutputStream out) throws IOException {
        List<List<String>> rows = rows(f);
        if (format == ExportFormat.XLSX) {
            Xlsx.write(out, "Dashboard", HEADER, rows);
        } else {
            Csv.write(out, HEADER, rows);
        }
    }

    static List<List<String>> rows(DashboardFigures f) {
        List<List<String>> rows = new ArrayList<>();
        add(rows, "period", "", "", "from", f.from().toString());
        add(rows, "period", "", "", "to", f.to().toString());
        add(rows, "total", "", "", "referrals", Long.toString(f.referrals()));
        add(rows, "total", "", "", "repeats", Long.toString(f.repeats()));
        add(rows, "total", "", "", "repeat_percent", percent(f.referrals() == 0 ? 0 : 100.0 * f.repeats() / f.referrals()));
        times(rows, "total", "", "", f.listing());
        add(rows, "total", "", "", "open_actions_overdue_today", Long.toString(f.overdueNow()));
        add(rows, "total", "", "", "transfers_in", Long.toString(f.transfersIn()));
        add(rows, "total", "", "", "transfers_out", Long.toString(f.transfersOut()));
        groups(rows, "referrals_by_agency", f.byAgency());
        groups(rows, "referrals_by_district", f.byDistrict());
        actions(rows, "actions_by_agency", f.actionsByAgency());
        actions(rows, "actions_by_type", f.actionsByType());
        for (DashboardFigures.Outcomes o : f.outcomes()) {
            for (Map.Entry<CaseOutcome, Long> e : o.cases().entrySet()) {
                add(rows, "cases_closed_by_district", o.district(), o.district(),
                        "closed_" + e.getKey().name().toLowerCase(Locale.ROOT), Long.toString(e.getValue()));
            }
            add(rows, "cases_closed_by_district", o.district(), o.district(), "closed", Long.toString(o.total()));
        }
        for (DashboardFigures.Transfers t : f.transfers()) {
            add(rows, "transfers_by_area", t.area(), t.area(), "transfers_in", Long.toString(t.in()));
            add(rows, "transfers_by_area", t.area(), t.area(), "transfers_out", Long.toString(t.out()));
        }
        return rows;
    }

    private static void groups(List<List<String>> rows, String section, List<DashboardFigures.Group> groups) {
        for (DashboardFigures.Group g : groups) {
            add(rows, section, g.key(), g.name(), "referrals", Long.toString(g.referrals()));
            add(rows, section, g.key(), g.name(), "repeats", Long.toString(g.repeats()));
            add(rows, section, g.key(), g.name(), "repeat_percent", percent(g.repeatPercent()));
            times(rows, section, g.key(), g.name(), g.listing());
        }
    }

    private static void times(List<List<String>> rows, String section, String key, String name,
                              DashboardFigures.Times t) {
        add(rows, section, key, name, "listed", Long.toString(t.listed()));
        add(rows, section, key, name, "days_to_listing_median", t.medianDays() == null ? "" : t.medianDays().toString());
        add(rows, section, key, name, "days_to_listing_p90", t.p90Days() == null ? "" : t.p90Days().toString());
    }

    private static void actions(List<List<String>> rows, String section, List<DashboardFigures.Actions> all) {
        for (DashboardFigures.Actions a : all) {
            add(rows, section, a.key(), a.name(), "due", Long.toString(a.due()));
            add(rows, section, a.key(), a.name(), "done_on_time", Long.toString(a.doneOnTime()));
            add(rows, section, a.key(), a.name(), "done_late", Long.toString(a.doneLate()));
            add(rows, section, a.key(), a.name(), "not_done", Long.toString(a.notDone()));
            add(rows, section, a.key(), a.name(), "still_open", Long.toString(a.stillOpen()));
            add(rows, section, a.key(), a.name(), "on_time_percent", percent(a.onTimePercent()));
        }
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f", p);
    }

    private static void add(List<List<String>> rows, String section, String key, String name, String measure,
                            String value) {
        rows.add(List.of(section, key == null ? "" : key, name == null ? "" : name, measure, value));
    }
}
