package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.actions.ActionChange;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AccountService;
import org.maracdesk.security.Role;
import org.maracdesk.testdata.SharedServer;

/**
 * Row-level security on a real shared server (decision 0024): an account that connects with plain JDBC
 * as its own login role, with the password derived from its passphrase, reads exactly the cases the
 * need-to-know rule ({@link CaseScope}) gives it, never a withheld case, cannot change another agency's
 * action and cannot change or remove the audit trail. The services, signed in the same way, still work.
 */
class RowLevelSecurityTest {
    @TempDir
    Path dir;
    private SharedServer server;
    private MeetingVault vault;
    private long caseA;
    private long caseB;
    private long caseD;
    private long housingAction;
    private long policeAction;

    @BeforeEach
    void aMeetingWithAWithheldCase() {
        server = new SharedServer(dir, "Coordinator", "coordinator", MeetingVault.PASS);
        vault = new MeetingVault(server);
        server.addAccount("idva", "Idva", Role.IDVA, "idva");
        server.addAccount("admin", "IT Administrator", Role.ADMINISTRATOR, null);
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        caseA = vault.acceptedCase(TODAY.minusDays(5), 1);
        caseB = vault.acceptedCase(TODAY.minusDays(4), 0);
        long caseC = vault.acceptedCase(TODAY.minusDays(3), 0);
        vault.agenda().circulate(meeting);
        caseD = vault.acceptedCase(TODAY.minusDays(1), 0);
        policeAction = vault.action(meeting, caseA, "Flag the address on the police system");
        housingAction = vault.store().inTransaction(s -> {
            ActionItem a = new ActionItem(s.get(MaracCase.class, caseA), s.get(Meeting.class, meeting), "housing",
                    "Housing officer", ActionTarget.VICTIM, "Fit a door alarm", TODAY.plusDays(7));
            s.persist(a);
            s.flush();
            return a.getId();
        });
        vault.store().doInTransaction(s -> s.persist(new MustNotReceive(s.get(MaracCase.class, caseB), null,
                Agency.POLICE, null, "the perpetrator is a serving officer", TODAY)));
        vault.store().doInTransaction(s -> s.persist(new MustNotReceive(s.get(MaracCase.class, caseC), null,
                null, "Idva", "the Idva knows the family", TODAY)));
    }

    @AfterEach
    void close() {
        vault.lock();
    }

    @Test
    void everyAccountReadsExactlyItsNeedToKnowScope() throws Exception {
        for (String user : new String[] {"coordinator", "chair", "police", "housing", "idva", "admin"}) {
            Set<Long> expected = scope(user);
            try (Connection c = server.connectAs(user)) {
                assertEquals(expected, ids(c, "select id from marac_case"), user + ": cases");
                assertEquals(expected, ids(c, "select distinct case_id from referral"), user + ": referrals");
                Set<Long> listed = ids(c, "select distinct case_id from listing");
                assertTrue(expected.containsAll(listed), user + ": listings only of cases in scope");
                assertEquals(victims(expected), ids(c, "select id from person where id in (select victim_id from"
                        + " marac_case)"), user + ": the victims of its cases, no one else's");
            }
        }
        assertTrue(scope("police").contains(caseA));
        assertTrue(scope("admin").isEmpty(), "an administrator sees no case data");
    }

    @Test
    void theWithheldCaseCannotBeReadByAnyRoute() throws Exception {
        long victimB = victims(Set.of(caseB)).iterator().next();
        try (Connection c = server.connectAs("police")) {
            assertEquals(Set.of(), ids(c, "select id from marac_case where id = " + caseB));
            assertEquals(Set.of(), ids(c, "select id from referral where case_id = " + caseB));
            assertEquals(Set.of(), ids(c, "select id from person where id = " + victimB));
            assertEquals(Set.of(), ids(c, "select rr.id from research_request rr join listing l on l.id = rr.listing_id"
                    + " where l.case_id = " + caseB));
            assertEquals(Set.of(), ids(c, "select id from marac_case where id = " + caseD), "not listed, no action");
            assertEquals(0, update(c, "update marac_case set status = status where id = " + caseB));
            assertEquals(0, update(c, "update must_not_receive set removed_at = now()"), "the lists are the coordinator's");
        }
    }

    @Test
    void crimesDisclosedAreReadInScopeAndPoliceOnlyAddTheirReference() throws Exception {
        java.util.Map<Long, Long> crimeOfCase = new java.util.HashMap<>();
        for (long caseId : new long[] {caseA, caseB}) {
            crimeOfCase.put(caseId, vault.store().inTransaction(s -> {
                org.maracdesk.casework.Listing l = s.createSelectionQuery("from Listing l where l.maracCase.id = :c",
                        org.maracdesk.casework.Listing.class).setParameter("c", caseId).getSingleResult();
                org.maracdesk.casework.CrimeDisclosed k = new org.maracdesk.casework.CrimeDisclosed(l, "coordinator",
                        Clock.systemUTC().instant());
                k.describe("Harassment", null, null, org.maracdesk.casework.CrimeAgainst.VICTIM, null, null, "idva");
                s.persist(k);
                s.flush();
                return k.getId();
            }));
        }
        long crimeA = crimeOfCase.get(caseA);
        try (Connection c = server.connectAs("police")) {
            assertEquals(Set.of(crimeA), ids(c, "select id from crime_disclosed"), "never the case barred to police");
            assertEquals(1, update(c, "update crime_disclosed set police_reference = '44/1' where id = " + crimeA));
            assertEquals("42501", state(c, "update crime_disclosed set description = 'changed' where id = " + crimeA),
                    "police add their reference, never change what the meeting recorded");
            assertEquals("42501", state(c, "update crime_disclosed set police_reference = '44/2', against_note = 'x'"
                    + " where id = " + crimeA), "not even beside the reference");
            assertEquals(java.util.List.of("44/1"), strings(c, "select police_reference from crime_disclosed where id = " + crimeA));
            assertEquals(0, update(c, "delete from crime_disclosed where id = " + crimeA));
            assertEquals("42501", state(c, "insert into crime_disclosed (id, listing_id, case_id, meeting_id,"
                    + " description, from_free_text, created_at, created_by, version) select 999999, listing_id,"
                    + " case_id, meeting_id, 'x', false, now(), 'police', 0 from crime_disclosed where id = " + crimeA));
        }
        try (Connection c = server.connectAs("housing")) {
            assertTrue(ids(c, "select id from crime_disclosed").contains(crimeA), "housing holds an action on case A");
            assertEquals(0, update(c, "update crime_disclosed set police_reference = 'x' where id = " + crimeA));
        }
        try (Connection c = server.connectAs("admin")) {
            assertEquals(Set.of(), ids(c, "select id from crime_disclosed"));
        }
    }

    @Test
    void childrensRecordsAreReadInScopeAndWrittenOnlyByTheCoordinator() throws Exception {
        long childB = vault.store().inTransaction(s -> {
            org.maracdesk.casework.Person child = new org.maracdesk.casework.Person("Test", "ChildB", TODAY.minusYears(4),
                    "MALE");
            s.persist(child);
            s.get(MaracCase.class, caseB).getChildren().add(child);
            s.flush();
            return child.getId();
        });
        java.util.Map<Long, Long> recordOfCase = new java.util.HashMap<>();
        for (long caseId : new long[] {caseA, caseB}) {
            recordOfCase.put(caseId, vault.store().inTransaction(s -> {
                MaracCase c = s.get(MaracCase.class, caseId);
                org.maracdesk.casework.ChildRecord r = new org.maracdesk.casework.ChildRecord(c,
                        c.getChildren().iterator().next());
                r.set("Test Primary", null, null, null, org.maracdesk.casework.ChildPlanStatus.CHILD_PROTECTION,
                        null, null);
                s.persist(r);
                s.flush();
                return r.getId();
            }));
        }
        long recordA = recordOfCase.get(caseA);
        try (Connection c = server.connectAs("police")) {
            assertEquals(Set.of(recordA), ids(c, "select id from child_record"), "never the child of the barred case");
            assertEquals(0, update(c, "update child_record set school = 'changed' where id = " + recordA));
            assertEquals(0, update(c, "delete from child_record where id = " + recordA));
            assertEquals("42501", state(c, "insert into child_record (id, case_id, person_id, plan_status, version)"
                    + " values (999999, " + caseB + ", " + childB + ", 'NONE', 0)"));
        }
        try (Connection c = server.connectAs("admin")) {
            assertEquals(Set.of(), ids(c, "select id from child_record"), "an administrator sees no case data");
        }
        try (Connection c = server.connectAs("coordinator")) {
            assertEquals(Set.copyOf(recordOfCase.values()), ids(c, "select id from child_record"));
            assertEquals(1, update(c, "update child_record set school = 'Other Primary' where id = " + recordA));
        }
    }

    @Test
    void policeCannotChangeAnotherAgencysActionButCanItsOwn() throws Exception {
        try (Connection c = server.connectAs("police")) {
            assertTrue(ids(c, "select id from action_item").containsAll(Set.of(policeAction, housingAction)),
                    "both actions on a case in scope are read");
            assertEquals(0, update(c, "update action_item set description = 'changed by police' where id = "
                    + housingAction));
            assertEquals(0, update(c, "delete from action_item where id = " + housingAction));
            assertEquals(1, update(c, "update action_item set owner_name = 'PC Example' where id = " + policeAction));
            assertEquals(0, update(c, "update marac_case set status = status where id = " + caseA),
                    "a case in scope is read, not changed, by an agency");
            assertEquals(0, update(c, "update person set id = id where id in (select victim_id from marac_case)"));
            assertEquals("42501", state(c, "update action_item set agency_code = 'housing' where id = " + policeAction),
                    "handing its action to another agency is refused");
        }
        assertEquals("Fit a door alarm", vault.store().read(s -> s.get(ActionItem.class, housingAction).getDescription()));
    }

    @Test
    void aVictimsSafeAddressIsHiddenByTheDatabaseFromAgenciesThatMayNotSeeIt() throws Exception {
        long victim = vault.store().inTransaction(s -> {
            org.maracdesk.casework.Person v = s.get(MaracCase.class, caseA).getVictim();
            v.setAddress("4 Quillet Row", "Wyvernbury", "QW4 7ZZ", null);
            v.setContact(new org.maracdesk.casework.ContactDetails("07700 900456", null, true, "after six", null));
            return v.getId();
        });
        String address = "select address_line1 from person_contact where person_id = " + victim;
        String phone = "select phone from person_contact where person_id = " + victim;
        for (String user : new String[] {"coordinator", "police", "housing", "chair"}) {
            assertTrue(scope(user).contains(caseA), user + " has the case in scope");
            boolean sees = !user.equals("housing") && !user.equals("chair");
            try (Connection c = server.connectAs(user)) {
                assertEquals(Set.of(victim), ids(c, "select id from person where id = " + victim), user + ": the person");
                assertEquals(sees ? java.util.List.of("4 Quillet Row") : java.util.List.of(), strings(c, address), user);
                assertEquals(sees ? java.util.List.of("07700 900456") : java.util.List.of(), strings(c, phone), user);
                if (!sees) {
                    assertEquals(0, update(c, "update person_contact set town = 'elsewhere' where person_id = " + victim));
                }
            }
        }
        // The coordinator marks housing for safe contact details: the database follows at once.
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            st.execute("update marac_agency set sees_safe_contact = true where code = 'housing'");
        }
        try (Connection c = server.connectAs("housing")) {
            assertEquals(java.util.List.of("4 Quillet Row"), strings(c, address));
        }
        // The services signed in as housing still open the victim (contact details read as empty).
        try (Connection c = server.superuser(); Statement st = c.createStatement()) {
            st.execute("update marac_agency set sees_safe_contact = false where code = 'housing'");
        }
        ServicesGraph graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        graph.server().signIn(server.connectionFile(), "housing", server.passphrase().toCharArray());
        try {
            assertTrue(graph.caseQueries().listCases().stream().anyMatch(c -> c.id() == caseA));
        } finally {
            graph.sessions().lock();
        }
    }

    @Test
    void aChildsAddressAndWhereTheReferralSaysTheChildrenLiveAreHiddenLikeTheVictims() throws Exception {
        String elsewhere = "Child1 with her grandmother, 9 Larkspur Close, Wyvernbury";
        long[] ids = vault.store().inTransaction(s -> {
            MaracCase a = s.get(MaracCase.class, caseA);
            org.maracdesk.casework.Person child = a.getChildren().iterator().next();
            child.setAddress("9 Larkspur Close", "Wyvernbury", "QW9 1ZZ", null);
            org.maracdesk.casework.Referral r = s.createSelectionQuery("from Referral r where r.maracCase.id = :c",
                    org.maracdesk.casework.Referral.class).setParameter("c", caseA).getSingleResult();
            r.setCircumstances(new org.maracdesk.casework.ReferralCircumstances("Care worker", null, null, null, null,
                    null, null, elsewhere, null, null, null, null, null, null, null, null, null, null, null, null, null));
            return new long[] {child.getId(), r.getId()};
        });
        String childAddress = "select address_line1 from person_contact where person_id = " + ids[0];
        String saysElsewhere = "select children_addresses from referral_safe_detail where referral_id = " + ids[1];
        for (String user : new String[] {"coordinator", "police", "idva", "housing", "chair"}) {
            assertTrue(scope(user).contains(caseA), user + " has the case in scope");
            boolean sees = !user.equals("housing") && !user.equals("chair");
            try (Connection c = server.connectAs(user)) {
                assertEquals(sees ? java.util.List.of("9 Larkspur Close") : java.util.List.of(), strings(c, childAddress),
                        user + ": the child's address");
                assertEquals(sees ? java.util.List.of(elsewhere) : java.util.List.of(), strings(c, saysElsewhere),
                        user + ": where the referral says the children live");
                assertEquals(java.util.List.of("Care worker"), strings(c, "select victim_occupation from referral"
                        + " where id = " + ids[1]), user + ": the rest of the referral as before");
                if (!user.equals("coordinator")) {
                    assertEquals(0, update(c, "update referral_safe_detail set children_addresses = 'x' where"
                            + " referral_id = " + ids[1]), user + " changes nothing");
                    assertEquals("42501", state(c, "insert into referral_safe_detail (referral_id, children_addresses)"
                            + " values (" + ids[1] + ", 'x')"), user + " adds nothing");
                }
            }
        }
    }

    private static java.util.List<String> strings(Connection c, String sql) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void professionalsMeetingsAreReadAndChangedInScopeAndRemovedByTheCoordinatorOnly() throws Exception {
        java.util.Map<Long, Long> meetingOfCase = new java.util.HashMap<>();
        org.maracdesk.casework.ProfessionalsMeetingService service = new org.maracdesk.casework
                .ProfessionalsMeetingService(vault.sessions(), vault.sessions(), new org.maracdesk.security.AuditLog(
                        Clock.systemUTC()), Clock.systemUTC());
        for (long caseId : new long[] {caseA, caseB}) {
            meetingOfCase.put(caseId, service.add(caseId, new org.maracdesk.casework.ProfessionalsMeetingService.Entry(
                    TODAY.minusDays(2), java.util.List.of("police", "housing"), "Strategy agreed", null)));
        }
        long onA = meetingOfCase.get(caseA);
        long onB = meetingOfCase.get(caseB);
        try (Connection c = server.connectAs("police")) {
            assertEquals(Set.of(onA), ids(c, "select id from professionals_meeting"), "never the case barred to police");
            assertEquals(1, update(c, "update professionals_meeting set outcome = 'Strategy changed' where id = " + onA));
            assertEquals(0, update(c, "update professionals_meeting set outcome = 'x' where id = " + onB));
            assertEquals(0, update(c, "delete from professionals_meeting where id = " + onA), "removed by the coordinator only");
        }
        try (Connection c = server.connectAs("admin")) {
            assertEquals(Set.of(), ids(c, "select id from professionals_meeting"));
            assertEquals(0, update(c, "update professionals_meeting set outcome = 'x'"));
        }
        try (Connection c = server.connectAs("coordinator")) {
            assertEquals(Set.of(onA, onB), ids(c, "select id from professionals_meeting"));
        }
    }

    @Test
    void transfersAreReadInScopeAndWrittenByTheCoordinatorAndTheIdvaOnly() throws Exception {
        org.maracdesk.casework.transfers.CaseTransferService service = new org.maracdesk.casework.transfers.CaseTransferService(
                vault.sessions(), vault.sessions(), new org.maracdesk.security.AuditLog(Clock.systemUTC()),
                Clock.systemUTC());
        java.util.Map<Long, Long> transferOfCase = new java.util.HashMap<>();
        for (long caseId : new long[] {caseA, caseB}) {
            transferOfCase.put(caseId, service.add(caseId, new org.maracdesk.casework.transfers.CaseTransferService.Entry(
                    org.maracdesk.casework.CaseTransfer.Direction.IN, "Northshire", null, null, null, null, null,
                    null)));
        }
        long onA = transferOfCase.get(caseA);
        long onB = transferOfCase.get(caseB);
        try (Connection c = server.connectAs("police")) {
            assertEquals(Set.of(onA), ids(c, "select id from case_transfer"), "never the case barred to police");
            assertEquals(0, update(c, "update case_transfer set note = 'x' where id = " + onA), "not police's to write");
            assertEquals(0, update(c, "delete from case_transfer where id = " + onA));
        }
        try (Connection c = server.connectAs("idva")) {
            assertEquals(1, update(c, "update case_transfer set note = 'handover booked' where id = " + onA));
            assertEquals(0, update(c, "delete from case_transfer where id = " + onA), "removed with the case only");
        }
        try (Connection c = server.connectAs("admin")) {
            assertEquals(Set.of(), ids(c, "select id from case_transfer"));
        }
        try (Connection c = server.connectAs("coordinator")) {
            assertEquals(Set.of(onA, onB), ids(c, "select id from case_transfer"));
        }
    }

    @Test
    void noAccountCanChangeOrRemoveTheAuditTrail() throws Exception {
        for (String user : new String[] {"police", "coordinator"}) {
            try (Connection c = server.connectAs(user)) {
                assertEquals("42501", state(c, "update audit_entry set actor = 'someone else'"), user);
                assertEquals("42501", state(c, "delete from audit_entry"), user);
                assertEquals("42501", state(c, "truncate audit_entry"), user);
                assertEquals("42501", state(c, "update audit_case_read set case_id = 0"), user);
                assertEquals("42501", state(c, "select audit_key from server_secret"), user);
                assertEquals("42501", state(c, "update account set role = 'COORDINATOR'"), user);
            }
        }
    }

    @Test
    void everyoneReadsTheLocalSettingsOnlyTheCoordinatorAddsAVersionAndNoneIsChanged() throws Exception {
        String insert = "insert into marac_settings values (%d, 17, 10, 3, 12, 'dash-24', now(), '%s', 'why')";
        try (Connection c = server.connectAs("police")) {
            assertEquals("00000", state(c, "select * from marac_settings"));
            assertEquals("42501", state(c, String.format(insert, 1, "police")), "an agency may not add a version");
        }
        try (Connection c = server.connectAs("coordinator")) {
            assertEquals("00000", state(c, String.format(insert, 1, "coordinator")));
            assertEquals("42501", state(c, "update marac_settings set visible_high_risk = 14"), "versions never change");
            assertEquals("42501", state(c, "delete from marac_settings"));
        }
    }

    @Test
    void theServicesSignedInAsPoliceShowTheSameScope() throws Exception {
        ServicesGraph graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        graph.server().signIn(server.connectionFile(), "police", server.passphrase().toCharArray());
        try {
            Set<Long> listed = new TreeSet<>();
            for (CaseSummary c : graph.caseQueries().listCases()) {
                listed.add(c.id());
            }
            assertEquals(scope("police"), listed);
            assertFalse(listed.contains(caseB));
            String refB = vault.store().read(s -> s.get(MaracCase.class, caseB).getReference());
            assertFalse(graph.research().myRequests().isEmpty(), "police research requests are listed");
            assertTrue(graph.research().myRequests().stream().noneMatch(r -> r.caseReference().equals(refB)));
            long request = graph.research().myRequests().get(0).id();
            graph.research().save(request, ResearchField.FACTS, "Two call-outs this year.");
            graph.research().submit(request);
            assertTrue(graph.research().myRequests().stream().filter(r -> r.id() == request).findFirst()
                    .orElseThrow().submitted(), "police enters and submits its research through the services");
            ActionRow own = graph.actions().openActions(null).stream().filter(a -> a.id() == policeAction)
                    .findFirst().orElseThrow();
            graph.actions().update(new ActionChange(own.id(), own.version(), ActionStatus.DONE, TODAY, "Flagged."));
            assertEquals(ActionStatus.DONE, vault.store().read(s -> s.get(ActionItem.class, policeAction).getStatus()));
        } finally {
            graph.sessions().lock();
        }
    }

    /** Merging two records of one person, by the coordinator's own login role under the row policies. */
    @Test
    void theCoordinatorMergesTwoRecordsOfOnePersonSignedInAsTheirOwnRole() throws Exception {
        java.time.LocalDate born = java.time.LocalDate.of(1991, 6, 5);
        long firstCase = vault.namedCase("Morwen", "Testrecord", born, null);
        long secondCase = vault.namedCase("Morwenna", "Testrecord", java.time.LocalDate.of(1991, 5, 6), null);
        long[] people = vault.store().read(s -> new long[] {
                s.get(MaracCase.class, firstCase).getVictim().getId(), s.get(MaracCase.class, secondCase).getVictim().getId()});
        vault.store().doInTransaction(s -> s.createNativeMutationQuery("insert into referral_possible_match"
                + " (referral_id, person_id, score, reasons) select r.id, :p, 82, 'same family name' from referral r"
                + " where r.case_id = :c").setParameter("p", people[0]).setParameter("c", secondCase).executeUpdate());
        ServicesGraph graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        graph.server().signIn(server.connectionFile(), "coordinator", server.passphrase().toCharArray());
        try {
            assertEquals(1, graph.personMerges().duplicates().pairs().size(), "the flagged pair is listed");
            org.maracdesk.casework.people.MergeComparison c = graph.personMerges().compare(people[0], people[1]);
            graph.personMerges().merge(new org.maracdesk.casework.people.MergeRequest(c.first().personId(),
                    c.first().version(), c.second().personId(), c.second().version(),
                    Set.of(org.maracdesk.casework.people.MergeField.GIVEN_NAME), "One woman, two records"));
        } finally {
            graph.sessions().lock();
        }
        assertEquals(Long.valueOf(people[0]), vault.store().<Long>read(s -> s.get(MaracCase.class, secondCase).getVictim().getId()),
                "the second case names the kept person");
        assertEquals("Morwenna", vault.store().read(s -> s.get(org.maracdesk.casework.Person.class, people[0])
                .getGivenName()), "the chosen given name");
        assertTrue(vault.store().<Boolean>read(s -> s.find(org.maracdesk.casework.Person.class, people[1]) == null),
                "the merged record is gone");
    }

    private Set<Long> scope(String user) {
        AccountInfo who = new AccountService(MeetingVault.CLOCK).find(vault.store(), user).orElseThrow();
        return vault.store().read(s -> {
            CaseScope scope = CaseScope.of(s, who);
            if (!scope.includesEveryCase()) {
                return new TreeSet<>(scope.caseIds());
            }
            Set<Long> all = new TreeSet<>(s.createSelectionQuery("select c.id from MaracCase c", Long.class).getResultList());
            all.removeAll(scope.withheldCases());
            return all;
        });
    }

    private Set<Long> victims(Set<Long> cases) {
        return vault.store().read(s -> cases.isEmpty() ? Set.of() : new TreeSet<>(s.createSelectionQuery(
                "select c.victim.id from MaracCase c where c.id in :ids", Long.class).setParameter("ids", cases)
                .getResultList()));
    }

    private static Set<Long> ids(Connection c, String sql) throws SQLException {
        Set<Long> out = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return ps.executeUpdate();
        }
    }

    /** The SQLState of a refused statement, or 00000 if it ran. */
    private static String state(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            return "00000";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }
}
