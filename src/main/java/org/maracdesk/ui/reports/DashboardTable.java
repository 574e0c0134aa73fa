package org.maracdesk.ui.reports;

import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.exchange.reports.DashboardFigures;
import org.maracdesk.exchange.reports.DashboardFigures.Actions;
import org.maracdesk.exchange.reports.DashboardFigures.Group;
import org.maracdesk.exchange.reports.DashboardFigures.Times;
import org.maracdesk.exchange.reports.DashboardMeasure;
import org.maracdesk.ui.common.Messages;

/**
 * One section of the dashboard as the numbers behind its chart: the columns (each with the measure a drill-down
 * from it lists), a row per agency, district or type and a last row for all of them, and the series the chart
 * draws. The chart is drawn from these same rows, so the table holds everything the chart shows.
 */
public record DashboardTable(String firstColumn, List<Column> columns, List<Row> rows, List<Series> series) {

    /** A column of figures and what its figures count. */
    public record Column(String header, DashboardMeasure measure) {
    }

    /** A row: the group's code (null for the row of all groups), its name, and one text per column. */
    public record Row(String key, String name, List<String> cells) {
    }

    /** A series of the chart: its name, the measure its bars count, and one value per row but the last. */
    public record Series(String name, DashboardMeasure measure, List<Long> values) {
    }

    static DashboardTable of(DashboardSection section, DashboardFigures f, Messages m) {
        return switch (section) {
            case BY_AGENCY -> groups(m.get("dashboard.col.agency"), f.byAgency(), f, m);
            case BY_DISTRICT -> groups(m.get("dashboard.col.district"), f.byDistrict(), f, m);
            case ACTIONS_BY_AGENCY -> actions(m.get("dashboard.col.agency"), f.actionsByAgency(), m);
            case ACTIONS_BY_TYPE -> actions(m.get("dashboard.col.type"), f.actionsByType(), m);
            case CLOSED_BY_DISTRICT -> closed(f, m);
            case WEEKLY_MARKS -> marks(f, m);
            case TRANSFERS_BY_AREA -> transfers(f, m);
        };
    }

    /** Transfers between MARACs of the period, in and out, by the other MARAC's area (decision 0069). */
    private static DashboardTable transfers(DashboardFigures f, Messages m) {
        List<Column> columns = List.of(new Column(m.get("dashboard.col.transfersIn"), DashboardMeasure.TRANSFERS_IN),
                new Column(m.get("dashboard.col.transfersOut"), DashboardMeasure.TRANSFERS_OUT));
        List<Row> rows = new ArrayList<>();
        List<Long> in = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        for (DashboardFigures.Transfers t : f.transfers()) {
            rows.add(new Row(t.area(), name(t.area(), m), List.of(Long.toString(t.in()), Long.toString(t.out()))));
            in.add(t.in());
            out.add(t.out());
        }
        rows.add(new Row(null, m.get("dashboard.row.all"), List.of(Long.toString(f.transfersIn()),
                Long.toString(f.transfersOut()))));
        return new DashboardTable(m.get("dashboard.col.area"), columns, rows, List.of(
                new Series(m.get("dashboard.col.transfersIn"), DashboardMeasure.TRANSFERS_IN, in),
                new Series(m.get("dashboard.col.transfersOut"), DashboardMeasure.TRANSFERS_OUT, out)));
    }

    /** Referrals waiting past the longest wait (today) and meetings whose minutes are late, by district. */
    private static DashboardTable marks(DashboardFigures f, Messages m) {
        int limit = f.marks().isEmpty() ? 0 : f.marks().get(0).limitDays();
        String waiting = limit == 0 ? m.get("dashboard.col.waitingOver") : m.format("dashboard.col.waitingOverDays",
                limit);
        List<Column> columns = List.of(new Column(waiting, DashboardMeasure.WAITING_OVER_LIMIT),
                new Column(m.get("dashboard.col.minutesLate"), DashboardMeasure.MINUTES_LATE));
        List<Row> rows = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        List<Long> minutes = new ArrayList<>();
        for (DashboardFigures.Marks k : f.marks()) {
            rows.add(new Row(k.district(), name(k.district(), m), List.of(Long.toString(k.waitingOverLimit()),
                    Long.toString(k.minutesLate()))));
            waits.add(k.waitingOverLimit());
            minutes.add(k.minutesLate());
        }
        rows.add(new Row(null, m.get("dashboard.row.all"), List.of(Long.toString(f.waitingOverLimit()),
                Long.toString(f.minutesLate()))));
        return new DashboardTable(m.get("dashboard.col.district"), columns, rows, List.of(
                new Series(waiting, DashboardMeasure.WAITING_OVER_LIMIT, waits),
                new Series(m.get("dashboard.col.minutesLate"), DashboardMeasure.MINUTES_LATE, minutes)));
    }

    private static DashboardTable groups(String first, List<Group> groups, DashboardFigures f, Messages m) {
        List<Column> columns = List.of(new Column(m.get("dashboard.col.referrals"), DashboardMeasure.REFERRALS),
                new Column(m.get("dashboard.col.repeats"), DashboardMeasure.REPEATS),
                new Column(m.get("dashboard.col.repeatRate"), DashboardMeasure.REPEATS),
                new Column(m.get("dashboard.col.listed"), DashboardMeasure.LISTED),
                new Column(m.get("dashboard.col.median"), DashboardMeasure.LISTED),
                new Column(m.get("dashboard.col.p90"), DashboardMeasure.LISTED));
        List<Row> rows = new ArrayList<>();
        List<Long> referrals = new ArrayList<>();
        List<Long> repeats = new ArrayList<>();
        for (Group g : groups) {
            rows.add(new Row(g.key(), name(g.name(), m), groupCells(g.referrals(), g.repeats(), g.listing(), m)));
            referrals.add(g.referrals());
            repeats.add(g.repeats());
        }
        rows.add(new Row(null, m.get("dashboard.row.all"), groupCells(f.referrals(), f.repeats(), f.listing(), m)));
        return new DashboardTable(first, columns, rows, List.of(
                new Series(m.get("dashboard.col.referrals"), DashboardMeasure.REFERRALS, referrals),
                new Series(m.get("dashboard.col.repeats"), DashboardMeasure.REPEATS, repeats)));
    }

    private static List<String> groupCells(long referrals, long repeats, Times t, Messages m) {
        return List.of(Long.toString(referrals), Long.toString(repeats),
                percent(referrals == 0 ? 0 : 100.0 * repeats / referrals), Long.toString(t.listed()),
                days(t.medianDays(), m), days(t.p90Days(), m));
    }

    private static DashboardTable actions(String first, List<Actions> actions, Messages m) {
        List<Column> columns = List.of(new Column(m.get("dashboard.col.due"), DashboardMeasure.ACTIONS_DUE),
                new Column(m.get("dashboard.col.onTime"), DashboardMeasure.ACTIONS_DUE),
                new Column(m.get("dashboard.col.onTimeRate"), DashboardMeasure.ACTIONS_DUE),
                new Column(m.get("dashboard.col.late"), DashboardMeasure.ACTIONS_NOT_ON_TIME),
                new Column(m.get("dashboard.col.notDone"), DashboardMeasure.ACTIONS_NOT_ON_TIME),
                new Column(m.get("dashboard.col.open"), DashboardMeasure.ACTIONS_NOT_ON_TIME));
        List<Row> rows = new ArrayList<>();
        List<Long> due = new ArrayList<>();
        List<Long> onTime = new ArrayList<>();
        long[] all = new long[5];
        for (Actions a : actions) {
            rows.add(new Row(a.key(), name(a.name(), m), actionCells(a.due(), a.doneOnTime(), a.doneLate(),
                    a.notDone(), a.stillOpen())));
            due.add(a.due());
            onTime.add(a.doneOnTime());
            long[] v = {a.due(), a.doneOnTime(), a.doneLate(), a.notDone(), a.stillOpen()};
            for (int i = 0; i < v.length; i++) {
                all[i] += v[i];
            }
        }
        rows.add(new Row(null, m.get("dashboard.row.all"), actionCells(all[0], all[1], all[2], all[3], all[4])));
        return new DashboardTable(first, columns, rows, List.of(
                new Series(m.get("dashboard.col.due"), DashboardMeasure.ACTIONS_DUE, due),
                new Series(m.get("dashboard.col.onTime"), DashboardMeasure.ACTIONS_DUE, onTime)));
    }

    private static List<String> actionCells(long due, long onTime, long late, long notDone, long open) {
        return List.of(Long.toString(due), Long.toString(onTime), percent(due == 0 ? 0 : 100.0 * onTime / due),
                Long.toString(late), Long.toString(notDone), Long.toString(open));
    }

    private static DashboardTable closed(DashboardFigures f, Messages m) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(m.get("dashboard.col.closed"), DashboardMeasure.CLOSED));
        for (CaseOutcome o : CaseOutcome.values()) {
            columns.add(new Column(m.get("caseview.outcome." + o.code()), DashboardMeasure.CLOSED));
        }
        List<Row> rows = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        long[] all = new long[CaseOutcome.values().length];
        for (DashboardFigures.Outcomes o : f.outcomes()) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(o.total())));
            for (CaseOutcome c : CaseOutcome.values()) {
                long n = o.cases().getOrDefault(c, 0L);
                cells.add(Long.toString(n));
                all[c.ordinal()] += n;
            }
            rows.add(new Row(o.district(), name(o.district(), m), cells));
            totals.add(o.total());
        }
        List<String> cells = new ArrayList<>(List.of(Long.toString(java.util.Arrays.stream(all).sum())));
        for (long n : all) {
            cells.add(Long.toString(n));
        }
        rows.add(new Row(null, m.get("dashboard.row.all"), cells));
        return new DashboardTable(m.get("dashboard.col.district"), columns, rows, List.of(
                new Series(m.get("dashboard.col.closed"), DashboardMeasure.CLOSED, totals)));
    }

    private static String name(String name, Messages m) {
        return name == null || name.isEmpty() ? m.get("dashboard.notRecorded") : name;
    }

    private static String percent(double p) {
        return Math.round(p) + "%";
    }

    private static String days(Integer d, Messages m) {
        return d == null ? m.get("dashboard.none") : m.format("dashboard.days", d);
    }
}
