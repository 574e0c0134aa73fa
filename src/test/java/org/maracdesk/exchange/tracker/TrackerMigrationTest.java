package org.maracdesk.exchange.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.casework.migration.MigrationResult;
import org.maracdesk.casework.migration.TrackerMigrationService;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;
import org.maracdesk.testdata.MessyTracker;
import org.maracdesk.testdata.VaultSnapshot;

/**
 * A generated messy tracker, with its ground truth, migrated into a real vault: exactly the truth's
 * victims, cases, listings and repeats; the same data as CSV (UTF-8 with a BOM, or Windows-1252 with
 * semicolons) and as XLSX read alike; a bad row rejects the file with its line and nothing written;
 * a saved mapping is reused. On both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class TrackerMigrationTest {
    @Parameter
    StoreKind kind;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;
    private Store store;
    private TrackerMigrator migrator;
    private final MessyTracker truth = new MessyTracker(17, 400, TODAY);

    @BeforeEach
    void freshVault() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "tracker migration test passphrase");
        migrator = new TrackerMigrator(new TrackerMigrationService(() -> store,
                () -> new AccountInfo("coord", "Coordinator", Role.COORDINATOR, null), new AuditLog(CLOCK),
                new InstrumentRegistry(), CLOCK), CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long count(String hql) {
        return store.read(s -> s.createSelectionQuery(hql, Long.class).getSingleResult());
    }

    @Test
    void aGeneratedTrackerMigratesToExactlyTheGroundTruth() throws Exception {
        Path csv = dir.resolve("tracker.csv");
        truth.writeCsv(csv, false);
        TrackerMigrator.Prepared p = migrator.prepare(csv, null, null);
        assertEquals(List.of(), p.report().problems());
        assertEquals(truth.victims.size(), p.report().victims());
        assertEquals(truth.repeats(), p.report().repeats());
        assertEquals(truth.trackerDisagrees, p.report().disagreements().size());
        List<Integer> reached = new ArrayList<>();
        MigrationResult r = migrator.migrate(p, (done, total, left) -> reached.add(done), Cancellation.never());

        assertEquals(truth.listings.size(), r.rows());
        assertEquals(truth.victims.size(), count("select count(c) from MaracCase c"));
        assertEquals(truth.victims.size() + truth.perpetrators.size(), count("select count(p) from Person p"));
        assertEquals(truth.listings.size(), count("select count(l) from Listing l"));
        assertEquals(truth.repeats(), count("select count(r) from Referral r where r.repeatReferral = true"));
        assertEquals(truth.repeats(), count("select count(l) from Listing l where l.repeatListing = true"));
        assertEquals(truth.meetings(), count("select count(m) from Meeting m"));
        assertEquals(0, count("select count(m) from Meeting m where m.status <> org.maracdesk.casework"
                + ".MeetingStatus.CLOSED"), "every meeting brought across was heard");
        assertEquals(0, count("select count(r) from Referral r join r.maracCase c where not exists (select l.id"
                + " from Listing l where l.maracCase = c and l.meeting.meetingDate >= r.referralDate)"),
                "no referral waits to be listed on the next meeting");
        assertEquals(1, count("select count(e) from AuditEntry e where e.entityType = 'migration'"));
        assertTrue(reached.size() >= 2 && reached.get(reached.size() - 1) == truth.listings.size(), reached.toString());
        assertTrue(count("select count(r) from Referral r where r.externalReference is not null") > 0);
        Map<String, String> after = VaultSnapshot.of(store);
        TrackerMigrator.Prepared again = migrator.prepare(csv, null, null);
        assertTrue(again.report().problems().get(0).why().startsWith("this case reference was brought across"));
        assertThrows(TrackerRejectedException.class, () -> migrator.migrate(again, ProgressListener.NONE,
                Cancellation.never()));
        assertEquals(after, VaultSnapshot.of(store), "the same tracker twice writes nothing the second time");
    }

    @Test
    void theSameDataAsCsvAndAsXlsxGivesIdenticalResults() throws Exception {
        Path utf8 = dir.resolve("tracker.csv");
        Path windows = dir.resolve("tracker-excel.csv");
        Path xlsx = dir.resolve("tracker.xlsx");
        truth.writeCsv(utf8, false);
        truth.writeCsv(windows, true);
        truth.writeXlsx(xlsx);
        TrackerMigrator.Prepared a = migrator.prepare(utf8, null, null);
        TrackerMigrator.Prepared b = migrator.prepare(windows, null, null);
        TrackerMigrator.Prepared c = migrator.prepare(xlsx, "Tracker 2019-25", null);
        assertEquals(List.of(), c.report().problems());
        assertEquals(a.victims(), b.victims(), "Windows-1252 with semicolons reads as UTF-8 with commas");
        assertEquals(a.victims(), c.victims(), "XLSX with typed dates reads as CSV");
        assertTrue(a.victims().stream().anyMatch(v -> v.person().givenName().equals("Zoë")), "accents survive");
        MigrationResult r = migrator.migrate(c, ProgressListener.NONE, Cancellation.never());
        assertEquals(truth.victims.size(), r.cases());
        assertEquals(truth.repeats(), r.repeats());
    }

    @Test
    void aBadRowRejectsTheFileWithItsLineAndWritesNothing() throws Exception {
        Path csv = dir.resolve("tracker.csv");
        truth.writeCsv(csv, false);
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        int bad = 300;
        while (lines.get(bad).contains("\"")) {
            bad++;
        }
        String[] cells = lines.get(bad).split(",", -1);
        cells[1] = "31/02/2021";
        cells[9] = "31";
        lines.set(bad, String.join(",", cells));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Map<String, String> before = VaultSnapshot.of(store);
        TrackerMigrator.Prepared p = migrator.prepare(csv, null, null);
        TrackerRejectedException e = assertThrows(TrackerRejectedException.class,
                () -> migrator.migrate(p, ProgressListener.NONE, Cancellation.never()));
        assertEquals(List.of(new TrackerProblem(bad + 1, "MARAC Date", "31/02/2021", "is not a date: there is no such day"),
                new TrackerProblem(bad + 1, "DASH", "31", "is outside 0–24, the range of a DASH score")),
                e.report().problems());
        assertEquals(before, VaultSnapshot.of(store));
    }

    @Test
    void aSavedMappingIsReused() throws Exception {
        Path csv = dir.resolve("tracker.csv");
        truth.writeCsv(csv, false);
        TrackerMigrator.Prepared proposed = migrator.prepare(csv, null, null);
        Path renamed = dir.resolve("renamed.csv");
        Files.writeString(renamed, Files.readString(csv, StandardCharsets.UTF_8).replaceFirst("MARAC Date", "Heard on")
                .replaceFirst("Victim", "Who"), StandardCharsets.UTF_8);
        TrackerMigrator.Prepared unmapped = migrator.prepare(renamed, null, null);
        assertFalse(unmapped.report().ok(), "the proposal cannot place \"Heard on\" or \"Who\"");

        Map<TrackerField, String> columns = new java.util.EnumMap<>(proposed.report().mapping().columns());
        columns.put(TrackerField.MARAC_DATE, "Heard on");
        columns.put(TrackerField.VICTIM_NAME, "Who");
        ColumnMapping edited = new ColumnMapping(columns, proposed.report().mapping().keepAsNotes(),
                proposed.report().mapping().agencies(), Map.of());
        Path saved = dir.resolve("mapping.json");
        MappingFile.write(edited, saved);
        assertEquals(edited, MappingFile.read(saved));
        TrackerMigrator.Prepared reused = migrator.prepare(renamed, null, saved);
        assertEquals(List.of(), reused.report().problems());
        assertEquals(proposed.victims(), reused.victims());
        assertEquals(List.of("Outcome"), reused.report().keptAsNotes(), "the column nothing reads is kept as notes");
    }
}
