package org.maracdesk.casework.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.TestDesk;

/**
 * The meeting timescales are local settings (issue 16, decision 0059), on both stores: the built-in values until
 * changed, a change versioned with old and new values in the change history, a change leaving them out keeping
 * them, out-of-range values refused; and the working-day arithmetic they use.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class TimescalesSettingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneOffset.UTC);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private TestDesk desk;
    private LocalSettingsService settings;

    @BeforeEach
    void desk() {
        desk = TestDesk.open(kind, dir.resolve("vault"), "Coordinator", "coordinator",
                "timescales test passphrase".toCharArray());
        settings = new LocalSettingsService(desk, desk, new AuditLog(CLOCK), new InstrumentRegistry(), CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void timescalesAreVersionedAndKept() {
        LocalSettings before = settings.current();
        assertEquals(Timescales.defaults(), before.timescales());
        assertEquals(new Timescales(3, 5, 28), before.timescales(), "Derbyshire's 3, a week's cut-off, four weeks");

        LocalSettings v1 = settings.change(new SettingsChange(before.version(), before.thresholds(), List.of("dash-24"),
                "Steering group, 3 Nov 2026", null, new Timescales(2, 4, 35)));
        assertEquals(new Timescales(2, 4, 35), settings.current().timescales());
        List<ChangeHistory.Line> lines = settings.history().get(0).changes();
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("minutesWithinDays") && l.oldValue().equals("3")
                && l.newValue().equals("2")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("referralCutOffDays") && l.newValue().equals("4")));
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("longestWaitDays") && l.newValue().equals("35")));

        LocalSettings v2 = settings.change(new SettingsChange(v1.version(), v1.thresholds(), List.of("dash-24", "lap"),
                "LAP in use from December"));
        assertEquals(new Timescales(2, 4, 35), v2.timescales(), "a change that leaves them out keeps them");
        assertEquals(new Timescales(2, 4, 35), settings.current().timescales());

        IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () -> settings.change(
                new SettingsChange(v2.version(), v2.thresholds(), List.of("dash-24", "lap"), "no change", null,
                        new Timescales(2, 4, 35))));
        assertTrue(same.getMessage().startsWith("nothing to save"), same.getMessage());
    }

    @Test
    void theMaracsOwnDaysOffAreVersionedAndSkipped() {
        LocalSettings before = settings.current();
        Timescales closed = new Timescales(3, 5, 28, Timescales.parseClosedDays("30/12/2026, 29/12/2026 31/12/2026"));
        assertEquals(List.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31)),
                closed.closedDays(), "sorted, whatever order they were typed in");
        LocalSettings v1 = settings.change(new SettingsChange(before.version(), before.thresholds(), List.of("dash-24"),
                "Office closed between Christmas and New Year", null, closed));
        assertEquals(closed, settings.current().timescales());
        assertTrue(settings.history().get(0).changes().stream().anyMatch(l -> l.field().equals("closedDays")
                && l.newValue().equals("29/12/2026, 30/12/2026, 31/12/2026")));
        // Thursday 24 December 2026: Fri 25 and Mon 28 are bank holidays, 29-31 the MARAC's own, Fri 1 January a
        // bank holiday: the first working day after is Monday 4 January, the third Wednesday 6 January.
        assertEquals(LocalDate.of(2027, 1, 6), v1.timescales().minutesDue(LocalDate.of(2026, 12, 24)));
        assertEquals(LocalDate.of(2026, 12, 31), Timescales.defaults().minutesDue(LocalDate.of(2026, 12, 24)),
                "without them: Tue 29, Wed 30, Thu 31");

        LocalSettings v2 = settings.change(new SettingsChange(v1.version(), v1.thresholds(), List.of("dash-24"),
                "Closure cancelled", null, v1.timescales().withClosedDays(List.of())));
        assertEquals(List.of(), v2.timescales().closedDays());
        assertEquals(List.of(), settings.current().timescales().closedDays());
    }

    @Test
    void daysOffThatAreNotDatesAreRefusedSayingHowToTypeThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timescales.parseClosedDays("29/12/2026, 31/02/2027"));
        assertTrue(e.getMessage().startsWith("closedDays: \"31/02/2027\" is not a date; type each day as dd/mm/yyyy"),
                e.getMessage());
        assertEquals(List.of(), Timescales.parseClosedDays(" none "));
        assertEquals(List.of(LocalDate.of(2027, 1, 2)), Timescales.parseClosedDays("2/1/2027"));
        assertEquals(List.of(LocalDate.of(2027, 1, 2)), Timescales.parseClosedDays("2027-01-02"));
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Timescales(0, 5, 28)).getMessage()
                .startsWith("minutesWithinDays: use 1 to 30"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Timescales(3, 31, 28)).getMessage()
                .startsWith("referralCutOffDays:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Timescales(3, 5, 0)).getMessage()
                .startsWith("longestWaitDays:"));
    }

    @Test
    void workingDaysSkipWeekends() {
        LocalDate thursday = LocalDate.of(2026, 11, 19);
        assertEquals(LocalDate.of(2026, 11, 24), Timescales.defaults().minutesDue(thursday), "Thu + 3 = Tue");
        assertEquals(LocalDate.of(2026, 11, 12), Timescales.defaults().cutOff(thursday), "Thu - 5 = Thu before");
        assertEquals(LocalDate.of(2026, 11, 23), WorkingDays.after(LocalDate.of(2026, 11, 21), 1, d -> false),
                "Sat + 1 = Mon");
        assertEquals(thursday, WorkingDays.before(thursday, 0, d -> false));
        assertTrue(Timescales.defaults().waitedTooLong(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 30)));
        assertTrue(!Timescales.defaults().waitedTooLong(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 29)));
    }
}
