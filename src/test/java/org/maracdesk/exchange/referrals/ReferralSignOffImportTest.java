package org.maracdesk.exchange.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.casework.settings.SignOffRule;
import org.maracdesk.casework.settings.SignOffRuleService;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;
import org.maracdesk.testdata.SyntheticReferrals;

/**
 * RIC attached and the manager's sign-off (decision 0060) through {@code referral import}: the values arrive on
 * the stored referral; while the MARAC requires the sign-off, a referral without it is refused with its line
 * and field and nothing of the file is stored; the setting is versioned with a reason. On both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReferralSignOffImportTest {
    @Parameter
    StoreKind kind;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final List<String> COLUMNS = List.of("referrer.ricAttached", "referrer.managerSignOff",
            "referrer.signedOffOn");
    private static final List<String> SIGNED = List.of("yes", "A. Example, Team Manager", "30/05/2026");

    @TempDir
    Path dir;
    private Store store;
    private ReferralImporter importer;
    private SignOffRuleService rule;

    @BeforeEach
    void vault() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "sign-off import test passphrase");
        importer = CoordinatorImporter.over(store, CLOCK);
        rule = new SignOffRuleService(() -> store, () -> new AccountInfo("coord", "Coordinator", Role.COORDINATOR,
                null), new AuditLog(CLOCK), CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Two synthetic referrals with the given cells in the sign-off columns. */
    private Path csv(List<String> first, List<String> second) throws Exception {
        Path base = dir.resolve("base.csv");
        SyntheticReferrals.writeCsv(base, SyntheticReferrals.rows(2, 16, LocalDate.of(2026, 5, 31)));
        List<String> lines = Files.readAllLines(base, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + "," + String.join(",", COLUMNS));
        out.add(lines.get(1) + "," + String.join(",", first.stream().map(v -> "\"" + v + "\"").toList()));
        out.add(lines.get(2) + "," + String.join(",", second.stream().map(v -> "\"" + v + "\"").toList()));
        Path file = dir.resolve("referrals.csv");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    private List<Referral> referrals() {
        return store.read(s -> s.createSelectionQuery("from Referral r order by r.formReference", Referral.class)
                .getResultList());
    }

    @Test
    void theValuesArriveOnTheStoredReferral() throws Exception {
        importer.importFile(csv(SIGNED, List.of("no", "", "")), "coord");

        List<ReferrerDetails> stored = referrals().stream().map(Referral::getReferrer).toList();
        assertEquals(2, stored.size());
        ReferrerDetails signed = stored.stream().filter(ReferrerDetails::signedOff).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, signed.ricAttached());
        assertEquals("A. Example, Team Manager", signed.managerSignOff());
        assertEquals(LocalDate.of(2026, 5, 30), signed.signedOffOn());
        ReferrerDetails other = stored.stream().filter(d -> !d.signedOff()).findFirst().orElseThrow();
        assertEquals(Boolean.FALSE, other.ricAttached());
        assertNull(other.managerSignOff());
    }

    @Test
    void withoutTheSettingASignOffIsNotRequired() throws Exception {
        importer.importFile(csv(List.of("", "", ""), List.of("", "", "")), "coord");

        assertEquals(2, referrals().size());
        assertNull(referrals().get(0).getReferrer().ricAttached(), "not said stays not said");
    }

    @Test
    void whenRequiredAReferralWithoutItIsRefusedByLineAndFieldAndNothingIsStored() throws Exception {
        SignOffRule on = rule.change(0, true, "Steering group 2026-05-20");
        assertEquals(1, on.version());
        Path file = csv(SIGNED, List.of("yes", "", ""));

        ReferralFileRejectedException e = assertThrows(ReferralFileRejectedException.class,
                () -> importer.importFile(file, "coord"));

        List<String> said = e.problems().stream().map(ImportProblem::toString).sorted().toList();
        assertEquals(2, said.size(), said::toString);
        assertTrue(said.get(0).startsWith("line 3, field referrer.managerSignOff: is required: this MARAC takes"
                + " referrals only with the manager's sign-off"), said::toString);
        assertTrue(said.get(1).startsWith("line 3, field referrer.signedOffOn: is required"), said::toString);
        assertEquals(List.of(), referrals(), "all or nothing");

        Path future = csv(SIGNED, List.of("yes", "A. Example, Team Manager", "2026-07-01"));
        ReferralFileRejectedException f = assertThrows(ReferralFileRejectedException.class,
                () -> importer.importFile(future, "coord"));
        assertEquals(List.of("line 3, field referrer.signedOffOn: is in the future (today is 2026-06-01)"),
                f.problems().stream().map(ImportProblem::toString).toList());
        assertEquals(List.of(), referrals(), "all or nothing");

        importer.importFile(csv(SIGNED, SIGNED), "coord");
        assertEquals(2, referrals().size());
    }

    @Test
    void theSettingIsVersionedWithAReason() {
        assertFalse(rule.current().required());
        assertThrows(IllegalArgumentException.class, () -> rule.change(0, true, " "));
        rule.change(0, true, "Steering group 2026-05-20");
        assertThrows(IllegalArgumentException.class, () -> rule.change(1, true, "again"), "nothing to save");
        assertThrows(org.maracdesk.common.ConcurrentChangeException.class, () -> rule.change(0, false, "stale"));
        SignOffRule off = rule.change(1, false, "Steering group 2026-06-01");
        assertEquals(2, off.version());
        assertFalse(rule.current().required());
        assertEquals("coord", off.changedBy());
    }
}
