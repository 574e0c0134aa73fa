package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.CLOCK;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CasePage;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.Role;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.store.StoreKind;

/**
 * The case list paged, sorted, filtered and counted by the database, with the scope in the query.
 * On both stores: an encrypted vault (H2) and a database on the test PostgreSQL server.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class CasePagingTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private final List<Long> listed = new ArrayList<>();
    private long withheld;

    @BeforeEach
    void twentyFiveCases() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        vault.addAccount("admin", "Administrator", Role.ADMINISTRATOR, null);
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        for (int i = 0; i < 25; i++) {
            long id = vault.namedCase("Given" + i, "Family" + (char) ('A' + i), LocalDate.of(1980, 1, 1 + i), null);
            if (i < 12) {
                vault.list(meeting, id, i + 1);
                listed.add(id);
            }
        }
        vault.agenda().circulate(meeting);
        withheld = listed.get(0);
        String ref = vault.store().read(s -> s.get(MaracCase.class, withheld).getReference());
        new MustNotReceiveService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK).add(ref,
                new MustNotReceiveEntry(Agency.POLICE, null, "the perpetrator is an officer"));
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private CaseQueryService cases() {
        return new CaseQueryService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK));
    }

    private List<CaseSummary> all(String filter, CasePage.Sort sort) {
        List<CaseSummary> out = new ArrayList<>();
        for (int offset = 0; ; offset += 10) {
            CasePage page = cases().page(new CasePage.Request(filter, sort, false, offset, 10));
            out.addAll(page.rows());
            if (page.rows().size() < 10) {
                return out;
            }
        }
    }

    @Test
    void aCoordinatorPagesThroughEveryCaseInOrder() {
        CasePage first = cases().page(new CasePage.Request("", CasePage.Sort.VICTIM, false, 0, 10));
        assertEquals(25, first.total());
        assertEquals(10, first.rows().size());
        List<CaseSummary> every = all("", CasePage.Sort.VICTIM);
        assertEquals(25, every.size());
        assertEquals(25, every.stream().map(CaseSummary::id).distinct().count(), "no case twice across pages");
        List<String> names = every.stream().map(CaseSummary::victimName).toList();
        assertEquals(names.stream().sorted((a, b) -> a.substring(a.indexOf(' ')).compareTo(b.substring(b.indexOf(' '))))
                .toList(), names, "sorted by family name");
        CasePage filtered = cases().page(new CasePage.Request("familyc", CasePage.Sort.OPENED, true, 0, 10));
        assertEquals(1, filtered.total(), "filtered by name, case-insensitive");
        assertEquals(cases().countCases(), first.total());
    }

    @Test
    void theFilterMatchesTheStartOfEachWordTypedAndAnyPartOfAReferenceNumber() {
        assertEquals(25, cases().page(new CasePage.Request("FAMILY", CasePage.Sort.OPENED, true, 0, 10)).total(),
                "family name prefix, any capitals");
        assertEquals(11, cases().page(new CasePage.Request("given1", CasePage.Sort.OPENED, true, 0, 10)).total(),
                "given name prefix: Given1 and Given10 to Given19");
        assertEquals(1, cases().page(new CasePage.Request("given1 familyb", CasePage.Sort.OPENED, true, 0, 10)).total(),
                "every word must match");
        assertEquals(0, cases().page(new CasePage.Request("amilyc", CasePage.Sort.OPENED, true, 0, 10)).total(),
                "a name matches from its start, not from the middle");
        assertEquals(0, cases().page(new CasePage.Request("100%", CasePage.Sort.OPENED, true, 0, 10)).total(),
                "wildcards typed are ordinary text");
        long id = all("", CasePage.Sort.REFERENCE).get(7).id();
        String reference = vault.store().read(s -> s.get(MaracCase.class, id).getReference());
        String number = reference.substring(reference.length() - 3);
        List<CaseSummary> byNumber = cases().page(new CasePage.Request(number, CasePage.Sort.OPENED, true, 0, 10)).rows();
        assertTrue(byNumber.stream().anyMatch(c -> c.id() == id), "the end of the reference finds the case: " + number);
        assertEquals(List.of(id), cases().page(new CasePage.Request(reference.toLowerCase(java.util.Locale.ROOT),
                CasePage.Sort.OPENED, true, 0, 10)).rows().stream().map(CaseSummary::id).toList(), "the whole reference");
    }

    @Test
    void theVictimOrderPagesThroughManyVictimsOfOneNameWithoutGapsOrRepeats() {
        for (int i = 0; i < 40; i++) {
            vault.namedCase("Same" + i, i % 2 == 0 ? "Shared" : "SHARED", LocalDate.of(1990, 1, 1).plusDays(i), null);
        }
        for (boolean descending : List.of(false, true)) {
            List<Long> ids = new ArrayList<>();
            long total = 0;
            for (int offset = 0; ; offset += 3) {
                CasePage page = cases().page(new CasePage.Request("", CasePage.Sort.VICTIM, descending, offset, 3));
                total = page.total();
                page.rows().forEach(r -> ids.add(r.id()));
                if (page.rows().size() < 3) {
                    break;
                }
            }
            assertEquals(total, ids.size(), "every case once");
            assertEquals(ids.size(), ids.stream().distinct().count(), "no case twice");
            List<String> families = ids.stream().map(id -> vault.store().read(s -> s.get(MaracCase.class, id)
                    .getVictim().getFamilyName().toLowerCase(java.util.Locale.ROOT))).toList();
            List<String> sorted = new ArrayList<>(families);
            sorted.sort(descending ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
            assertEquals(sorted, families, "in the order of the victims' family names, any capitals");
        }
    }

    @Test
    void closedCasesLeaveTheOpenListAndComeBackWhenAskedFor() {
        long closed = cases().page(new CasePage.Request("", CasePage.Sort.OPENED, false, 0, 1)).rows().get(0).id();
        vault.store().doInTransaction(s -> s.get(MaracCase.class, closed).close(MeetingVault.TODAY,
                org.maracdesk.casework.CaseOutcome.RISK_REDUCED, "test"));
        CasePage open = cases().page(new CasePage.Request("", CasePage.Sort.OPENED, false, 0, 50, false));
        assertEquals(24, open.total(), "the closed case is left out of the open list and its count");
        assertEquals(24, cases().count(new CasePage.Request("", CasePage.Sort.OPENED, false, 0, 50, false)));
        assertEquals(25, cases().count(new CasePage.Request("family", CasePage.Sort.OPENED, false, 0, 5, true)),
                "a filter's matches counted, closed ones too when asked for");
        assertEquals(24, cases().count(new CasePage.Request("family", CasePage.Sort.OPENED, false, 0, 5, false)));
        assertTrue(open.rows().stream().noneMatch(c -> c.id() == closed));
        CasePage everything = cases().page(new CasePage.Request("", CasePage.Sort.OPENED, false, 0, 50, true));
        assertEquals(25, everything.total());
        assertEquals(org.maracdesk.casework.CaseStatus.CLOSED, everything.rows().stream()
                .filter(c -> c.id() == closed).findFirst().orElseThrow().status());
    }

    @Test
    void eachRolesPagesHoldExactlyItsScope() throws Exception {
        for (String user : List.of("coordinator", "police", "housing", "chair", "admin")) {
            vault.as(user);
            Set<Long> paged = all("", CasePage.Sort.REFERENCE).stream().map(CaseSummary::id)
                    .collect(Collectors.toSet());
            Set<Long> scope = cases().listCases().stream().map(CaseSummary::id).collect(Collectors.toSet());
            assertEquals(scope, paged, user + ": the pages hold exactly the scope");
            assertEquals(scope.size(), cases().page(new CasePage.Request("", null, false, 0, 5)).total(), user);
            assertEquals(scope.size(), cases().countCases(), user);
            CasePage.Request firstFive = new CasePage.Request("", null, false, 0, 5);
            CasePage uncounted = cases().pageUncounted(firstFive);
            assertEquals(cases().page(firstFive).rows(), uncounted.rows(), user + ": the same rows, counted or not");
            assertEquals(scope.isEmpty() ? 0 : CasePage.UNCOUNTED, uncounted.total(), user + ": left to count()");
            assertEquals(scope.size(), cases().count(firstFive), user + ": count() counts the scope");
            if (!user.equals("admin")) {
                assertEquals(!user.equals("police"), paged.contains(withheld), user + ": the case barred from police");
            }
        }
        vault.as("admin");
        assertTrue(cases().page(new CasePage.Request("", null, false, 0, 5)).rows().isEmpty(), "no case data");
    }

    @Test
    void aBadPageIsRefusedWithTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CasePage.Request("", null, false, -1, 10));
        assertTrue(e.getMessage().contains("1 to 500"));
    }
}
