package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.exchange.reports.DashboardFigures;
import org.maracdesk.exchange.reports.DashboardFigures.Actions;
import org.maracdesk.exchange.reports.DashboardFigures.Group;
import org.maracdesk.exchange.reports.DashboardFigures.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report dashboard}: the steering group's figures for a period, in the account's scope (issue 16). */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"Referrals, repeats, referral-to-listing times, actions done on time and outcomes of closed"
            + " cases from --from to --to, by agency and by district, and transfers between MARACs in and out by"
            + " the other area; counts only, of the cases you may see."})
final class DashboardCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    @Mixin
    VaultOptions options;
    @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day (YYYY-MM-DD).")
    String from;
    @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day (YYYY-MM-DD).")
    String to;
    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        LocalDate start = ReportCommand.DataReturn.date("--from", from);
        LocalDate end = ReportCommand.DataReturn.date("--to", to);
        if (end.isBefore(start)) {
            throw new CliException(ExitCodes.USAGE, "--to: give a day on or after --from");
        }
        if (end.toEpochDay() - start.toEpochDay() > org.maracdesk.exchange.reports.DashboardService.MAX_DAYS) {
            throw new CliException(ExitCodes.USAGE, "--to: give a period of ten years or less");
        }
        try (OpenVault vault = CliVault.open(options)) {
            DashboardFigures f = vault.services().dashboard().figures(start, end);
            if (json) {
                System.out.println(JSON.writeValueAsString(asJson(f)));
            } else {
                print(f);
            }
            return ExitCodes.OK;
        }
    }

    private static void print(DashboardFigures f) {
        System.out.printf("Dashboard %s to %s (the cases you may see)%n", f.from(), f.to());
        System.out.printf("Referrals %d, repeats %d (%s), listed %d: %s%n%n", f.referrals(), f.repeats(),
                percent(f.referrals() == 0 ? 0 : 100.0 * f.repeats() / f.referrals()), f.listing().listed(),
                times(f.listing()));
        groups("By referring agency", f.byAgency());
        groups("By district", f.byDistrict());
        actions("Actions due in the period, by agency", f.actionsByAgency());
        actions("Actions due in the period, by type", f.actionsByType());
        System.out.println("Cases closed in the period, by district");
        if (f.outcomes().isEmpty()) {
            System.out.println("  none");
        }
        for (DashboardFigures.Outcomes o : f.outcomes()) {
            StringBuilder line = new StringBuilder("  " + name(o.district()) + ": " + o.total());
            o.cases().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> line.append(", ").append(e.getKey().code()).append(' ').append(e.getValue()));
            System.out.println(line);
        }
        System.out.printf("%nOpen actions overdue today: %d%n", f.overdueNow());
        System.out.printf("Referrals waiting past the longest wait today: %d%n", f.waitingOverLimit());
        System.out.printf("Meetings whose minutes went late or are overdue: %d%n", f.minutesLate());
        System.out.printf("%nTransfers between MARACs in the period: %d in, %d out%n", f.transfersIn(),
                f.transfersOut());
        for (DashboardFigures.Transfers t : f.transfers()) {
            System.out.printf("  %-32s %3d in %3d out%n", cut(t.area()), t.in(), t.out());
        }
    }

    private static void groups(String title, List<Group> groups) {
        System.out.println(title);
        System.out.printf("  %-32s %9s %7s %6s %6s %7s %5s%n", "", "referrals", "repeats", "rate", "listed",
                "median", "90th");
        for (Group g : groups) {
            System.out.printf("  %-32s %9d %7d %6s %6d %7s %5s%n", cut(name(g.name())), g.referrals(), g.repeats(),
                    percent(g.repeatPercent()), g.listing().listed(), days(g.listing().medianDays()),
                    days(g.listing().p90Days()));
        }
        System.out.println();
    }

    private static void actions(String title, List<Actions> actions) {
        System.out.println(title);
        System.out.printf("  %-32s %5s %7s %5s %8s %5s %8s%n", "", "due", "on time", "late", "not done", "open",
                "on time%");
        for (Actions a : actions) {
            System.out.printf("  %-32s %5d %7d %5d %8d %5d %8s%n", cut(a.name()), a.due(), a.doneOnTime(), a.doneLate(),
                    a.notDone(), a.stillOpen(), percent(a.onTimePercent()));
        }
        System.out.println();
    }

    private static String times(Times t) {
        return t.listed() == 0 ? "none listed yet" : "median " + t.medianDays() + " days, 90th percentile "
                + t.p90Days() + " days from referral to listing";
    }

    private static String name(String name) {
        return name == null || name.isEmpty() ? "(not recorded)" : name;
    }

    private static String cut(String s) {
        return s.length() > 32 ? s.substring(0, 31) + "…" : s;
    }

    private static String days(Integer d) {
        return d == null ? "-" : d + "d";
    }

    private static String percent(double p) {
        return Math.round(p) + "%";
    }

    private static Map<String, Object> asJson(DashboardFigures f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", f.from().toString());
        out.put("to", f.to().toString());
        out.put("referrals", f.referrals());
        out.put("repeats", f.repeats());
        out.put("listing", times(f.listing(), new LinkedHashMap<>()));
        out.put("byAgency", groups(f.byAgency()));
        out.put("byDistrict", groups(f.byDistrict()));
        out.put("actionsByAgency", actions(f.actionsByAgency()));
        out.put("actionsByType", actions(f.actionsByType()));
        List<Map<String, Object>> closed = new ArrayList<>();
        for (DashboardFigures.Outcomes o : f.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("district", o.district());
            Map<String, Long> by = new LinkedHashMap<>();
            for (CaseOutcome c : CaseOutcome.values()) {
                by.put(c.code(), o.cases().getOrDefault(c, 0L));
            }
            m.put("outcomes", by);
            closed.add(m);
        }
        out.put("closedCases", closed);
        out.put("overdueActionsToday", f.overdueNow());
        out.put("waitingOverLimitToday", f.waitingOverLimit());
        out.put("meetingsWithMinutesLate", f.minutesLate());
        out.put("transfersIn", f.transfersIn());
        out.put("transfersOut", f.transfersOut());
        List<Map<String, Object>> areas = new ArrayList<>();
        for (DashboardFigures.Transfers t : f.transfers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("area", t.area());
            m.put("in", t.in());
            m.put("out", t.out());
            areas.add(m);
        }
        out.put("transfersByArea", areas);
        return out;
    }

    private static List<Map<String, Object>> groups(List<Group> groups) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Group g : groups) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", g.key());
            m.put("name", g.name());
            m.put("referrals", g.referrals());
            m.put("repeats", g.repeats());
            out.add(times(g.listing(), m));
        }
        return out;
    }

    private static Map<String, Object> times(Times t, Map<String, Object> m) {
        m.put("listed", t.listed());
        m.put("medianDaysToListing", t.medianDays());
        m.put("p90DaysToListing", t.p90Days());
        return m;
    }

    private static List<Map<String, Object>> actions(List<Actions> actions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Actions a : actions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", a.key());
            m.put("name", a.name());
            m.put("due", a.due());
            m.put("doneOnTime", a.doneOnTime());
            m.put("doneLate", a.doneLate());
            m.put("notDone", a.notDone());
            m.put("open", a.stillOpen());
            out.add(m);
        }
        return out;
    }
}
