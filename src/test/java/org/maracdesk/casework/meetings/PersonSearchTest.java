package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.CLOCK;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.PersonMatchService;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.casework.search.PersonHit;
import org.maracdesk.casework.search.PersonSearchService;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.store.StoreKind;

/**
 * "Is this person known?": accents and case ignored, aliases, dates of birth, references, and the scope.
 * On both stores: an encrypted vault (H2) and a database on the test PostgreSQL server.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PersonSearchTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long zoe;
    private long lukasz;

    @BeforeEach
    void people() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        zoe = vault.namedCase("Zoë", "Kamińska", LocalDate.of(1987, 3, 14), "Zoe Kaminski");
        lukasz = vault.namedCase("Łukasz", "Nowakowski", LocalDate.of(1979, 11, 2), null);
        vault.namedCase("Unrelated", "Person", LocalDate.of(1990, 1, 1), null);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private PersonSearchService search() {
        return new PersonSearchService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK),
                new PersonMatchService(vault.sessions()));
    }

    private Set<Long> cases(String typed) {
        return search().find(typed).stream().map(PersonHit::caseId).collect(Collectors.toSet());
    }

    @Test
    void aCaseReferenceFromTheOldTrackerFindsTheVictim() {
        vault.store().doInTransaction(s -> {
            MaracCase c = s.get(MaracCase.class, lukasz);
            org.maracdesk.casework.Referral r = new org.maracdesk.casework.Referral(c, LocalDate.of(2019, 5, 2),
                    "police", null);
            r.setChecklist("dash-24", "1", "{}");
            r.setExternalReference("TRK/2019/0042");
            s.persist(r);
        });
        List<PersonHit> hits = search().find("trk/2019/0042");
        assertEquals(Set.of(lukasz), hits.stream().map(PersonHit::caseId).collect(Collectors.toSet()));
        assertEquals(List.of("police or earlier case reference"), hits.get(0).why());
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertTrue(cases("zoe kaminska").contains(zoe));
        assertTrue(cases("KAMINSKA").contains(zoe));
        assertTrue(cases("lukasz nowakowski").contains(lukasz));
        assertFalse(cases("zoe kaminska").contains(lukasz));
    }

    @Test
    void aliasesDatesOfBirthAndReferencesFindThePerson() {
        List<PersonHit> byAlias = search().find("Zoe Kaminski");
        assertTrue(byAlias.stream().anyMatch(h -> h.caseId() == zoe), "the recorded alias");
        assertEquals(Set.of(zoe), cases("14/03/1987"), "a date of birth typed dd/mm/yyyy");
        String ref = vault.store().read(s -> s.get(MaracCase.class, lukasz).getReference());
        List<PersonHit> byRef = search().find(ref.toLowerCase(java.util.Locale.ROOT));
        assertEquals(Set.of(lukasz), byRef.stream().map(PersonHit::caseId).collect(Collectors.toSet()));
        assertEquals(List.of("case reference"), byRef.get(0).why());
        assertEquals(PersonHit.HitRole.VICTIM, byRef.get(0).role());
        assertTrue(search().find("   ").isEmpty());
    }

    @Test
    void onlyCasesInTheAccountsScopeAreFoundAndSearchesAreAudited() throws Exception {
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        vault.list(meeting, zoe, 1);
        vault.list(meeting, lukasz, 2);
        vault.agenda().circulate(meeting);
        String lukaszRef = vault.store().read(s -> s.get(MaracCase.class, lukasz).getReference());
        new MustNotReceiveService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK).add(lukaszRef,
                new MustNotReceiveEntry(Agency.POLICE, null, "the perpetrator is an officer"));

        long outside = vault.namedCase("Outside", "Scope", LocalDate.of(1990, 5, 5), null);
        vault.as("police");
        assertTrue(cases("zoe kaminska").contains(zoe), "a case police were asked to research");
        assertFalse(cases("outside scope").contains(outside), "a case police have no part in");
        assertTrue(cases("lukasz nowakowski").isEmpty(), "a case withheld from police is not found");
        long audited = vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.action = :a and e.entityType = 'person-search'", Long.class)
                .setParameter("a", AuditAction.VIEWED).getSingleResult());
        assertEquals(1L, audited, "the search that showed someone is audited; empty ones show nobody");
    }
}
