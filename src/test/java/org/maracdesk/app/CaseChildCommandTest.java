package org.maracdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.app.cli.ExitCodes;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.SharedServer;

/**
 * {@code case child list|show|edit} (issue 16, decision 0047) on both stores, through the command line as a script
 * would (on PostgreSQL as each account's own login role): the children of a case in the account's scope, names only
 * when asked; the coordinator's edit with its history; bad values refused in one line with nothing written; a case
 * out of scope is not there, and an agency may read but not change a child's record. Also {@code case transfer} on the
 * same case (decision 0068).
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class CaseChildCommandTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private SharedServer server;
    private Path pass;
    private String policeCase;
    private String otherCase;
    private long child;

    @BeforeEach
    void aCaseWithTwoChildrenThePoliceHoldAnActionOnAndAnotherCase() throws Exception {
        if (kind == StoreKind.POSTGRESQL) {
            server = new SharedServer(dir.resolve("server"), "Coordinator", "coordinator", MeetingVault.PASS);
            vault = new MeetingVault(server);
        } else {
            vault = new MeetingVault(kind, dir.resolve("vault"));
        }
        long meeting = vault.meeting(TODAY.plusDays(10), TODAY.plusDays(3), MeetingStatus.SCHEDULED);
        long withChildren = vault.acceptedCase(TODAY.minusDays(5), 2);
        long other = vault.acceptedCase(TODAY.minusDays(4), 1);
        vault.action(meeting, withChildren, "Flag the address");
        policeCase = vault.store().read(s -> s.get(MaracCase.class, withChildren).getReference());
        otherCase = vault.store().read(s -> s.get(MaracCase.class, other).getReference());
        child = vault.store().read(s -> s.createSelectionQuery("select p.id from MaracCase c join c.children p"
                + " where c.id = :c and p.givenName = 'Child1'", Long.class).setParameter("c", withChildren)
                .getSingleResult());
        if (kind == StoreKind.H2) {
            vault.lock();
        }
        pass = dir.resolve("pass.txt");
        Files.writeString(pass, MeetingVault.PASS + "\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        if (kind == StoreKind.POSTGRESQL) {
            vault.lock();
        }
    }

    private CommandLineTest.Outcome as(String user, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(kind == StoreKind.H2 ? List.of("--vault", dir.resolve("vault").toString())
                : List.of("--server", server.connectionFile().toString()));
        all.addAll(List.of("--user", user, "--passphrase-file", pass.toString()));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    private <T> T read(Function<Session, T> query) throws Exception {
        if (kind == StoreKind.POSTGRESQL) {
            return server.store().read(query::apply);
        }
        SessionManager sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.unlock("coordinator", MeetingVault.PASS.toCharArray());
        try {
            return sessions.store().read(query::apply);
        } finally {
            sessions.lock();
        }
    }

    private List<Object[]> history() throws Exception {
        return read(s -> s.createSelectionQuery("select r.field, r.oldValue, r.newValue, r.reason from RecordChange r"
                + " where r.recordType = 'child' order by r.id", Object[].class).getResultList());
    }

    private static void oneLine(CommandLineTest.Outcome r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("marac-desk:")).count(), "one message: " + r.err());
    }

    /** {@code case transfer add|update|list} (decision 0068), on the same case, on both stores. */
    @Test
    void theCoordinatorRecordsATransferOutStepByStepAndAnAgencyMayNot() throws Exception {
        CommandLineTest.Outcome added = as("coordinator", "case", "transfer", "add", "--case", policeCase,
                "--direction", "out", "--area", "Northshire", "--moved", TODAY.minusDays(6).toString(), "--papers",
                TODAY.minusDays(2).toString(), "--consent", "not-sought", "--consent-reason", "risk of serious harm");
        assertEquals(ExitCodes.OK, added.exitCode(), added.err());
        String id = added.out().replaceAll("(?s)^Recorded transfer (\\d+) .*", "$1");
        CommandLineTest.Outcome updated = as("coordinator", "case", "transfer", "update", "--case", policeCase, "--id",
                id, "--handover", TODAY.minusDays(1).toString(), "--service", "Northshire Idva Service", "--reason",
                "handover call held");
        assertEquals(ExitCodes.OK, updated.exitCode(), updated.err());
        CommandLineTest.Outcome list = as("police", "case", "transfer", "list", "--case", policeCase);
        assertEquals(ExitCodes.OK, list.exitCode(), list.err());
        assertEquals(id + "\tout\tNorthshire\t" + TODAY.minusDays(6) + "\t" + TODAY.minusDays(2)
                + "\tPUBLIC-TASK; consent not sought\t" + TODAY.minusDays(1) + "\tNorthshire Idva Service\t",
                list.out().lines().findFirst().orElse(""), "the agency sees the case's transfer (no note): " + list.out());

        CommandLineTest.Outcome police = as("police", "case", "transfer", "add", "--case", policeCase, "--direction",
                "in", "--area", "Southshire");
        assertEquals(ExitCodes.NOT_ALLOWED, police.exitCode(), police.err());
        oneLine(police);
        CommandLineTest.Outcome badDate = as("coordinator", "case", "transfer", "update", "--case", policeCase, "--id",
                id, "--papers", "28/11/2026");
        assertEquals(ExitCodes.USAGE, badDate.exitCode());
        oneLine(badDate);
        assertTrue(badDate.err().contains("--papers: 28/11/2026 is not a date; write it as YYYY-MM-DD"), badDate.err());
        assertEquals(1, read(s -> s.createSelectionQuery("select count(t) from CaseTransfer t", Long.class)
                .getSingleResult()).intValue(), "nothing else written");
    }

    @Test
    void theCoordinatorListsShowsAndEditsAChildsRecordWithItsHistory() throws Exception {
        CommandLineTest.Outcome list = as("coordinator", "case", "child", "list", "--case", policeCase);
        assertEquals(ExitCodes.OK, list.exitCode(), list.err());
        assertTrue(list.out().contains("2 children on case " + policeCase + "."), list.out());
        assertTrue(list.out().contains(child + "\t" + TODAY.minusYears(5) + "\tnot-known\t"), list.out());
        assertFalse(list.out().contains("Victim"), "no names without --names: " + list.out());
        assertTrue(as("coordinator", "case", "child", "list", "--case", policeCase, "--names").out()
                .contains("Child1 Victim"));

        CommandLineTest.Outcome edit = as("coordinator", "case", "child", "edit", "--case", policeCase, "--child",
                String.valueOf(child), "--school", "Northbridge Primary", "--plan", "child-protection",
                "--encompass-on", TODAY.minusDays(1).toString(), "--encompass-by", "PC Test Officer", "--reason",
                "Told at the strategy meeting");
        assertEquals(ExitCodes.OK, edit.exitCode(), edit.err());
        assertTrue(edit.out().contains("Changed the record of child " + child), edit.out());
        CommandLineTest.Outcome show = as("coordinator", "case", "child", "show", "--case", policeCase, "--child",
                String.valueOf(child), "--json");
        assertEquals(ExitCodes.OK, show.exitCode(), show.err());
        assertTrue(show.out().contains("\"school\" : \"Northbridge Primary\""), show.out());
        assertTrue(show.out().contains("\"plan\" : \"child-protection\""), show.out());
        assertTrue(show.out().contains("\"encompassNotifiedOn\" : \"" + TODAY.minusDays(1) + "\""), show.out());
        assertFalse(show.out().contains("\"name\""), show.out());
        List<Object[]> h = history();
        assertEquals(List.of("school", "planStatus", "encompassNotifiedOn", "encompassNotifiedBy"),
                h.stream().map(r -> (String) r[0]).toList());
        assertEquals("Northbridge Primary", h.get(0)[2]);
        assertEquals("Told at the strategy meeting", h.get(0)[3]);

        // Only what is given changes; "" clears a field.
        assertEquals(ExitCodes.OK, as("coordinator", "case", "child", "edit", "--case", policeCase, "--child",
                String.valueOf(child), "--school", "").exitCode());
        CommandLineTest.Outcome cleared = as("coordinator", "case", "child", "show", "--case", policeCase, "--child",
                String.valueOf(child));
        assertTrue(cleared.out().contains("school: \n") || cleared.out().contains("school: " + System.lineSeparator()),
                cleared.out());
        assertTrue(cleared.out().contains("plan: child-protection"), cleared.out());
    }

    @Test
    void badValuesAreRefusedInOneLineAndNothingIsWritten() throws Exception {
        String id = String.valueOf(child);
        CommandLineTest.Outcome plan = as("coordinator", "case", "child", "edit", "--case", policeCase, "--child", id,
                "--plan", "on-a-plan");
        assertEquals(ExitCodes.USAGE, plan.exitCode());
        assertTrue(plan.err().contains("--plan: \"on-a-plan\" is not one of none, child-in-need"), plan.err());
        oneLine(plan);
        CommandLineTest.Outcome date = as("coordinator", "case", "child", "edit", "--case", policeCase, "--child", id,
                "--encompass-on", "27/11/2026", "--encompass-by", "PC Test Officer");
        assertEquals(ExitCodes.USAGE, date.exitCode());
        assertTrue(date.err().contains("--encompass-on: 27/11/2026 is not a date; write it as YYYY-MM-DD"), date.err());
        CommandLineTest.Outcome half = as("coordinator", "case", "child", "edit", "--case", policeCase, "--child", id,
                "--school", "Northbridge Primary", "--encompass-on", TODAY.toString());
        assertEquals(ExitCodes.USAGE, half.exitCode());
        assertTrue(half.err().contains("say who told the school"), half.err());
        oneLine(half);
        CommandLineTest.Outcome future = as("coordinator", "case", "child", "edit", "--case", policeCase, "--child",
                id, "--encompass-on", TODAY.plusYears(1).toString(), "--encompass-by", "PC Test Officer");
        assertTrue(future.exitCode() != 0 && future.err().contains("cannot be in the future"), future.err());
        CommandLineTest.Outcome nobody = as("coordinator", "case", "child", "edit", "--case", policeCase, "--child",
                "999999", "--school", "Northbridge Primary");
        assertEquals(ExitCodes.USAGE, nobody.exitCode());
        assertTrue(nobody.err().contains("--child: case " + policeCase + " has no child 999999"), nobody.err());
        CommandLineTest.Outcome nothing = as("coordinator", "case", "child", "edit", "--case", policeCase, "--child",
                id);
        assertEquals(ExitCodes.USAGE, nothing.exitCode());
        assertTrue(nothing.err().contains("nothing to change"), nothing.err());
        assertEquals(List.of(), history(), "nothing written");
    }

    @Test
    void anAgencyReadsTheChildrenOfItsCaseOnlyAndChangesNothing() throws Exception {
        CommandLineTest.Outcome list = as("police", "case", "child", "list", "--case", policeCase);
        assertEquals(ExitCodes.OK, list.exitCode(), list.err());
        assertTrue(list.out().contains("2 children on case " + policeCase + "."), list.out());
        CommandLineTest.Outcome outOfScope = as("police", "case", "child", "list", "--case", otherCase);
        assertEquals(ExitCodes.USAGE, outOfScope.exitCode());
        assertTrue(outOfScope.err().contains("--case: there is no case " + otherCase + " among the cases you may see"),
                outOfScope.err());
        oneLine(outOfScope);
        CommandLineTest.Outcome edit = as("police", "case", "child", "edit", "--case", policeCase, "--child",
                String.valueOf(child), "--school", "Northbridge Primary");
        assertEquals(ExitCodes.NOT_ALLOWED, edit.exitCode(), edit.err());
        oneLine(edit);
        assertEquals(List.of(), history(), "nothing written");
        CommandLineTest.Outcome nowhere = as("coordinator", "case", "child", "list", "--case", "NO-SUCH-CASE");
        assertEquals(ExitCodes.USAGE, nowhere.exitCode());
        oneLine(nowhere);
    }
}
