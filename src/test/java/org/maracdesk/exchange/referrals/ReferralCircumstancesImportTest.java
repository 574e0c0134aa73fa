package org.maracdesk.exchange.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;
import org.maracdesk.testdata.SyntheticReferrals;

/**
 * The further §2.3 referral fields (decision 0046) through {@code referral import}: every field of the
 * three new CSV column groups arrives on the stored referral; a bad value is refused with its line and
 * field, and nothing of the file is stored. On both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReferralCircumstancesImportTest {
    @Parameter
    StoreKind kind;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final List<String> COLUMNS = List.of("victimCircumstances.occupation", "victimCircumstances.gp",
            "victimCircumstances.housing", "victimCircumstances.landlord",
            "victimCircumstances.pregnantOrRecentBirth", "victimCircumstances.immigrationStatus",
            "victimCircumstances.religion", "victimCircumstances.childrenAddresses",
            "victimCircumstances.relationshipHistory", "victimCircumstances.risksAndTriggers",
            "victimCircumstances.wantsToSpeakToPolice", "perpetratorCircumstances.ethnicity",
            "perpetratorCircumstances.disability", "perpetratorCircumstances.housing",
            "policeAndCourts.officerInCharge", "policeAndCourts.offences", "policeAndCourts.crimeReferences",
            "policeAndCourts.civilOrders", "policeAndCourts.bailConditions", "policeAndCourts.bailUntil",
            "policeAndCourts.courtDates");
    private static final List<String> VALUES = List.of("Care assistant", "Synthetic Surgery, Testville",
            "Housing association tenancy", "Testville Homes", "yes", "Settled status", "None given",
            "Child A: 1 Example Row, Testville", "Together 6 years, separated 2026-04", "Drinking; contact handovers",
            "no", "White British", "None known", "Lives with his mother", "PC 1234 Synthetic",
            "Common assault; criminal damage", "CR/1/26; PNC 26/0001A", "Non-molestation order to 2027-05-01",
            "Not to contact the victim; not to enter Example Row", "20/06/2026", "2026-06-20; 2026-09-14");

    @TempDir
    Path dir;
    private Store store;
    private ReferralImporter importer;

    @BeforeEach
    void vault() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "circumstances import test passphrase");
        importer = CoordinatorImporter.over(store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Three synthetic referrals; the first gets {@code values} in the new columns, the others nothing. */
    private Path csv(List<String> values) throws Exception {
        Path base = dir.resolve("base.csv");
        SyntheticReferrals.writeCsv(base, SyntheticReferrals.rows(3, 16, LocalDate.of(2026, 5, 31)));
        List<String> lines = Files.readAllLines(base, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + "," + String.join(",", COLUMNS));
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = i == 1 ? values : COLUMNS.stream().map(c -> "").toList();
            out.add(lines.get(i) + "," + String.join(",", cells.stream().map(v -> "\"" + v + "\"").toList()));
        }
        Path file = dir.resolve("referrals.csv");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    private List<Referral> referrals() {
        return store.read(s -> s.createSelectionQuery("from Referral r order by r.formReference", Referral.class)
                .getResultList());
    }

    @Test
    void everyFieldArrivesOnTheStoredReferral() throws Exception {
        importer.importFile(csv(VALUES), "coord");

        List<Referral> stored = referrals();
        assertEquals(3, stored.size());
        ReferralCircumstances c = stored.stream().filter(r -> r.getCircumstances() != null).findFirst()
                .orElseThrow().getCircumstances();
        assertEquals(new ReferralCircumstances("Care assistant", "Synthetic Surgery, Testville",
                "Housing association tenancy", "Testville Homes", true, "Settled status", "None given",
                "Child A: 1 Example Row, Testville", "Together 6 years, separated 2026-04",
                "Drinking; contact handovers", false, "White British", "None known", "Lives with his mother",
                "PC 1234 Synthetic", "Common assault; criminal damage", "CR/1/26; PNC 26/0001A",
                "Non-molestation order to 2027-05-01", "Not to contact the victim; not to enter Example Row",
                LocalDate.of(2026, 6, 20), "2026-06-20; 2026-09-14"), c);
        assertEquals(1, stored.stream().filter(r -> r.getCircumstances() != null).count(),
                "empty columns store nothing");
    }

    @Test
    void badValuesAreRefusedWithTheirLineAndFieldAndNothingIsStored() throws Exception {
        List<String> bad = new ArrayList<>(VALUES);
        bad.set(COLUMNS.indexOf("victimCircumstances.pregnantOrRecentBirth"), "perhaps");
        bad.set(COLUMNS.indexOf("policeAndCourts.bailUntil"), "31/02/2026");
        bad.set(COLUMNS.indexOf("policeAndCourts.courtDates"), "2026-06-20; next month");
        Path file = csv(bad);

        ReferralFileRejectedException e = assertThrows(ReferralFileRejectedException.class,
                () -> importer.importFile(file, "coord"));

        assertEquals(List.of(
                "line 2, field victimCircumstances.pregnantOrRecentBirth: must be yes or no (or true or false)",
                "line 2, field policeAndCourts.bailUntil: is not a date in the form YYYY-MM-DD or DD/MM/YYYY",
                "line 2, field policeAndCourts.courtDates: \"next month\" is not a date in the form YYYY-MM-DD"
                        + " or DD/MM/YYYY"),
                e.problems().stream().map(ImportProblem::toString).sorted(
                        java.util.Comparator.comparing(p -> COLUMNS.indexOf(p.split(", field ")[1].split(":")[0])))
                        .toList());
        assertEquals(List.of(), referrals(), "all or nothing");
    }
}
