package org.maracdesk.exchange.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.CaseTransfer.Direction;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.casework.transfers.CaseTransferService;
import org.maracdesk.casework.transfers.CaseTransferService.Entry;
import org.maracdesk.exchange.reports.DashboardMeasure.Dimension;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.TestDesk;

/**
 * Transfers between MARACs on the dashboard (issue 16, decision 0069) on both stores, against a generated vault with
 * eight transfers recorded on cases the police hold actions on: in and out of the period by the other area, counted
 * by the day the victim moved or, with none recorded, the day the transfer was recorded. The coordinator's figures
 * are the known ones and those worked out here row by row (plain selects, the scope asked case by case); the police
 * count only their cases, without the one withheld from them; each drill-down lists the cases behind its figure.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class DashboardTransfersTest {
    private static final LocalDate TODAY = ActionVaults.TODAY;
    private static final LocalDate FROM = TODAY.minusMonths(3);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private TestDesk desk;
    private DashboardService dashboard;

    @BeforeEach
    void transfersAroundThePeriod() throws Exception {
        desk = ActionVaults.desk(kind, dir.resolve("v"), 60);
        AuditLog audit = new AuditLog(ActionVaults.CLOCK);
        dashboard = new DashboardService(desk, desk, audit, ActionVaults.CLOCK);
        List<Long> cases = desk.store().read(s -> s.createNativeQuery("select distinct a.case_id from action_item a"
                + " where a.agency_code = 'police' order by a.case_id", Long.class).setMaxResults(6).getResultList());
        CaseTransferService transfers = new CaseTransferService(desk, desk, audit, ActionVaults.CLOCK);
        transfers.add(cases.get(0), entry(Direction.IN, "Northshire", TODAY.minusDays(30)));
        transfers.add(cases.get(1), entry(Direction.IN, "Northshire", FROM));
        transfers.add(cases.get(1), entry(Direction.OUT, "Eastmere", TODAY));
        transfers.add(cases.get(2), entry(Direction.OUT, "Northshire", TODAY.minusDays(10)));
        transfers.add(cases.get(3), entry(Direction.IN, "Westford", null)); // recorded today: in the period
        transfers.add(cases.get(4), entry(Direction.OUT, "Westford", FROM.minusDays(1))); // moved before it
        long old = transfers.add(cases.get(5), entry(Direction.IN, "Eastmere", null));
        transfers.add(cases.get(5), entry(Direction.IN, "Eastmere", TODAY.minusDays(2)));
        desk.store().doInTransaction(s -> s.createNativeMutationQuery("update case_transfer set recorded_at = :at"
                + " where id = :id").setParameter("at", Timestamp.from(FROM.minusDays(10).atTime(12, 0)
                .toInstant(ZoneOffset.UTC))).setParameter("id", old).executeUpdate()); // recorded before the period
        String withheld = desk.store().read(s -> s.createNativeQuery("select reference from marac_case where id = :c",
                String.class).setParameter("c", cases.get(0)).getSingleResult());
        new MustNotReceiveService(desk, desk, audit, ActionVaults.CLOCK)
                .add(withheld, new MustNotReceiveEntry(Agency.POLICE, null, "the perpetrator is an officer"));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static Entry entry(Direction direction, String area, LocalDate moved) {
        return new Entry(direction, area, moved, null, null, null, null, null);
    }

    @Test
    void theCoordinatorCountsTheKnownTransfersAndEachDrillDownListsItsCases() {
        DashboardFigures f = dashboard.figures(FROM, TODAY);
        assertEquals(List.of(new DashboardFigures.Transfers("Eastmere", 1, 1),
                new DashboardFigures.Transfers("Northshire", 2, 1), new DashboardFigures.Transfers("Westford", 1, 0)),
                f.transfers(), "the move before the period and the one recorded before it are not counted");
        assertEquals(4, f.transfersIn());
        assertEquals(2, f.transfersOut());
        check(f);
    }

    @Test
    void thePoliceCountOnlyTheirCasesWithoutTheWithheldOne() throws Exception {
        desk.signInAs("police");
        DashboardFigures f = dashboard.figures(FROM, TODAY);
        assertEquals(3, f.transfersIn(), "the transfer of the case withheld from the police is not counted");
        check(f);
    }

    private void check(DashboardFigures f) {
        Map<String, TreeMap<String, TreeSet<String>>> truth = truth();
        Map<String, List<Long>> expected = new TreeMap<>();
        truth.forEach((area, by) -> expected.put(area, List.of((long) by.getOrDefault("IN", new TreeSet<>()).size(),
                (long) by.getOrDefault("OUT", new TreeSet<>()).size())));
        Map<String, List<Long>> got = new TreeMap<>();
        f.transfers().forEach(t -> got.put(t.area(), List.of(t.in(), t.out())));
        assertEquals(expected, got, "transfers by area, counted row by row (one transfer per case and direction)");
        TreeSet<String> allOut = new TreeSet<>();
        for (String area : truth.keySet()) {
            assertEquals(truth.get(area).getOrDefault("IN", new TreeSet<>()), references(dashboard.cases(FROM, TODAY,
                    DashboardMeasure.TRANSFERS_IN, Dimension.AREA, area)), "transfers in from " + area);
            allOut.addAll(truth.get(area).getOrDefault("OUT", new TreeSet<>()));
        }
        assertEquals(allOut, references(dashboard.cases(FROM, TODAY, DashboardMeasure.TRANSFERS_OUT, null, null)),
                "every transfer out");
        assertTrue(f.transfersIn() + f.transfersOut() > 0);
    }

    /** By area and direction, the references of the cases with a transfer of the period, scope asked per case. */
    private Map<String, TreeMap<String, TreeSet<String>>> truth() {
        return desk.store().read(s -> {
            CaseScope scope = CaseScope.of(s, desk.current());
            Map<String, TreeMap<String, TreeSet<String>>> out = new TreeMap<>();
            for (Object[] r : s.createNativeQuery("select t.case_id, c.reference, t.other_area, t.direction,"
                    + " t.moved_on, t.recorded_at from case_transfer t join marac_case c on c.id = t.case_id",
                    Object[].class).getResultList()) {
                LocalDate day = r[4] != null ? date(r[4]) : instant(r[5]).atZone(ZoneOffset.UTC).toLocalDate();
                if (!scope.includes(((Number) r[0]).longValue()) || day.isBefore(FROM) || day.isAfter(TODAY)) {
                    continue;
                }
                out.computeIfAbsent((String) r[2], k -> new TreeMap<>())
                        .computeIfAbsent((String) r[3], k -> new TreeSet<>()).add((String) r[1]);
            }
            return out;
        });
    }

    private static TreeSet<String> references(List<DashboardCase> cases) {
        TreeSet<String> out = new TreeSet<>();
        cases.forEach(c -> out.add(c.reference()));
        return out;
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        return o instanceof Timestamp ts ? ts.toInstant() : o instanceof OffsetDateTime odt ? odt.toInstant()
                : (Instant) o;
    }
}
