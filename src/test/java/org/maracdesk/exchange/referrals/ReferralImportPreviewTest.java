package org.maracdesk.exchange.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.CancelledException;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;
import org.maracdesk.testdata.SyntheticReferrals;
import org.maracdesk.testdata.SyntheticReferrals.Row;
import org.maracdesk.testdata.VaultSnapshot;

/**
 * The preview the window shows before an import (issue 18): the same checks and the same run as the
 * import, rolled back. It stores nothing but its audit entry, reports exactly what the import then
 * does (new cases, cases joined, repeats, possible duplicates), and words problems as the import does.
 * On both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReferralImportPreviewTest {
    @Parameter
    StoreKind kind;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Store store;
    private ReferralImporter importer;

    @BeforeEach
    void vault() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "import preview test passphrase");
        importer = CoordinatorImporter.over(store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path csv(String name, List<Row> rows) throws Exception {
        Path file = dir.resolve(name);
        SyntheticReferrals.writeCsv(file, rows);
        return file;
    }

    /** Every table but the audit trail's, which a preview adds its one entry to. */
    private Map<String, String> caseData() {
        Map<String, String> out = new TreeMap<>(VaultSnapshot.of(store));
        out.keySet().removeIf(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith("audit"));
        return out;
    }

    private long previewEntries() {
        return store.read(s -> s.createSelectionQuery("select count(a) from AuditEntry a where a.entityType ="
                + " 'referral-import-preview'", Long.class).getSingleResult());
    }

    @Test
    void thePreviewStoresNothingAndSaysWhatTheImportThenDoes() throws Exception {
        List<Row> stored = SyntheticReferrals.rows(50, 5, LocalDate.of(2026, 5, 31));
        importer.importFile(csv("stored.csv", stored), "coord");
        List<Row> rows = new ArrayList<>(SyntheticReferrals.rows(600, 9, LocalDate.of(2026, 5, 31)));
        rows.set(12, rows.get(12).withVictimOf(stored.get(3)));  // joins a stored case
        rows.set(550, rows.get(550).withVictimOf(rows.get(40))); // joins a case of this file, a chunk later
        SyntheticReferrals.Person known = stored.get(10).victim();
        String misspelt = known.familyName().substring(0, 3) + known.familyName().substring(2);
        rows.set(400, rows.get(400).withVictim(known.withFamilyName(misspelt))); // like a stored victim
        Path file = csv("referrals.csv", rows);
        Map<String, String> before = caseData();
        long entriesBefore = previewEntries();
        List<Integer> progress = new ArrayList<>();

        ImportReport preview = importer.preview(file, "coord", (done, total, left) -> progress.add(done),
                Cancellation.never());

        assertEquals(before, caseData(), "a preview stores no case data");
        assertEquals(entriesBefore + 1, previewEntries(), "the preview, which names stored cases, is audited");
        assertEquals(List.of(500, 600), progress, "the preview reports progress as the import does");
        assertEquals(600, preview.result().referrals());
        assertTrue(preview.previewSummary().startsWith("Would import 600 referrals: "), preview.previewSummary());

        ImportReport imported = importer.importFile(file, "coord");

        assertEquals(2, imported.result().addedToExistingCases(), "rows 12 and 550 join cases");
        assertEquals(preview.result().newCases(), imported.result().newCases());
        assertEquals(preview.result().addedToExistingCases(), imported.result().addedToExistingCases());
        assertEquals(preview.result().repeats(), imported.result().repeats());
        assertEquals(preview.result().notAccepted(), imported.result().notAccepted());
        assertEquals(preview.reviewLines(), imported.reviewLines());
        assertTrue(imported.reviewLines().contains(402), "the misspelt victim on line 402 is to review: "
                + imported.reviewText());
        assertEquals(preview.previewSummary().replace("Would import ", "Imported "), imported.summary());
        assertEquals(preview.reviewText().size(), imported.reviewText().size());
    }

    @Test
    void problemsAreWordedAsTheImportWordsThemAndACancelledPreviewStoresNothing() throws Exception {
        List<Row> rows = new ArrayList<>(SyntheticReferrals.rows(20, 6, LocalDate.of(2026, 5, 31)));
        rows.set(7, rows.get(7).withDate(LocalDate.of(2026, 6, 3)));
        Path bad = csv("bad.csv", rows);
        ReferralFileRejectedException previewed = assertThrows(ReferralFileRejectedException.class,
                () -> importer.preview(bad, "coord", ProgressListener.NONE, Cancellation.never()));
        ReferralFileRejectedException imported = assertThrows(ReferralFileRejectedException.class,
                () -> importer.importFile(bad, "coord"));
        assertEquals(imported.problems(), previewed.problems());
        assertEquals(imported.getMessage(), previewed.getMessage());
        assertEquals(List.of("line 9, field referralDate: is in the future (today is 2026-06-01)"),
                previewed.problems().stream().map(ImportProblem::toString).toList());

        Map<String, String> before = caseData();
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        Path good = csv("good.csv", SyntheticReferrals.rows(20, 6, LocalDate.of(2026, 5, 31)));
        assertThrows(CancelledException.class, () -> importer.preview(good, "coord", ProgressListener.NONE, cancel));
        assertEquals(before, caseData());
        assertEquals(0, previewEntries(), "nothing was shown, so nothing is recorded as read");
        assertEquals(before, caseData());
    }
}
