package org.maracdesk.ui.caseview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.PersonCorrectionService;
import org.maracdesk.casework.PersonDetailsLine;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.people.MergeComparison;
import org.maracdesk.casework.people.MergeField;
import org.maracdesk.casework.people.MergeRequest;
import org.maracdesk.casework.people.PersonMergeService;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.casework.people.DuplicatePair;

/**
 * The case hub's Merge duplicate… that lost the race to a correction of one of the two people (decision 0051), on
 * both stores: the hub names who and when and offers Reload or Re-apply; Re-apply compares the two at their newest
 * with the user's choices and reason put back, and merging then keeps the other desk's correction; Reload reads
 * the case again and merges nothing.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class CaseMergeLostRaceTest {
    private static final Clock CLOCK = Clock.fixed(MeetingVault.TODAY.atTime(11, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private MeetingVault vault;
    private long first;
    private long second;
    private long secondCase;

    @BeforeEach
    void twoRecordsOfOnePerson() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        long firstCase = vault.namedCase("Morwen", "Testrecord", LocalDate.of(1991, 6, 5), null);
        secondCase = vault.namedCase("Morwenna", "Testrecord", LocalDate.of(1991, 5, 6), null);
        CaseViewService cases = new CaseViewService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK));
        first = cases.open(firstCase).victim().id();
        second = cases.open(secondCase).victim().id();
        vault.store().doInTransaction(s -> s.createNativeMutationQuery("insert into referral_possible_match"
                + " (referral_id, person_id, score, reasons) select r.id, :p, 82, 'same family name' from referral r"
                + " where r.case_id = :c").setParameter("p", first).setParameter("c", secondCase).executeUpdate());
    }

    @AfterEach
    void close() {
        vault.lock();
        assertTrue(reported.isEmpty(), () -> "nothing unexpected: " + reported);
    }

    private PersonMergeService merges() {
        return new PersonMergeService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK,
                new MustNotReceiveService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK));
    }

    private DuplicatePair pair(CaseMergeViewModel vm) {
        List<DuplicatePair> found = new ArrayList<>();
        vm.pairsWith(List.of(first, second), found::addAll);
        assertEquals(1, found.size());
        return found.get(0);
    }

    private MergeRequest loseTheRace(CaseMergeViewModel vm, List<MergeComparison> reopened,
                                     List<MergeRequest> putBack, int[] reloads) {
        MergeComparison[] seen = new MergeComparison[1];
        vm.compare(pair(vm), c -> seen[0] = c);
        // another desk corrects the second record's aliases meanwhile
        PersonCorrectionService people = new PersonCorrectionService(vault.sessions(), vault.sessions(),
                new AuditLog(CLOCK), CLOCK);
        PersonDetailsLine p = people.person(secondCase, second);
        people.correct(new PersonDetailsLine(p.caseId(), p.personId(), p.role(), p.givenName(), p.familyName(),
                "Wenna", p.dateOfBirth(), p.gender(), p.addressLine1(), p.town(), p.postcode(), p.version()),
                "alias given by the Idva");
        MergeRequest mine = new MergeRequest(seen[0].first().personId(), seen[0].first().version(),
                seen[0].second().personId(), seen[0].second().version(), Set.of(MergeField.GIVEN_NAME,
                MergeField.ALIASES), "Same woman, name misspelt");
        vm.merge(mine, () -> reloads[0]++, (newest, request) -> {
            reopened.add(newest);
            putBack.add(request);
        });
        assertTrue(vm.race().offeredProperty().get(), "Reload or Re-apply is offered");
        assertTrue(vm.race().messageProperty().get().startsWith("coordinator saved this person's details at "),
                vm.race().messageProperty().get());
        assertEquals("", vm.outcomeProperty().get(), "no refusal besides the choice");
        assertEquals(0, reloads[0], "nothing merged, nothing read again yet");
        return mine;
    }

    @Test
    void aLostMergeFromTheCaseIsReappliedOnTheNewestRecords() {
        CaseMergeViewModel vm = new CaseMergeViewModel(merges(), new CurrentThreadTaskExecutor(), reported::add,
                messages);
        List<MergeComparison> reopened = new ArrayList<>();
        List<MergeRequest> putBack = new ArrayList<>();
        int[] reloads = new int[1];
        MergeRequest mine = loseTheRace(vm, reopened, putBack, reloads);

        vm.race().reapply();

        assertFalse(vm.race().offeredProperty().get());
        assertEquals(1, reopened.size(), "the two are compared again");
        MergeComparison newest = reopened.get(0);
        assertEquals("Wenna", newest.second().aliases(), "at their newest");
        assertEquals(mine.fromMerged(), putBack.get(0).fromMerged(), "with the choices made");
        assertEquals(mine.reason(), putBack.get(0).reason(), "and the reason");

        vm.merge(new MergeRequest(newest.first().personId(), newest.first().version(), newest.second().personId(),
                newest.second().version(), putBack.get(0).fromMerged(), putBack.get(0).reason()), () -> reloads[0]++,
                (a, b) -> { throw new AssertionError("no second race"); });
        assertFalse(vm.race().offeredProperty().get());
        assertEquals(1, reloads[0], "the case is read again after the merge");
        assertTrue(vm.outcomeProperty().get().startsWith("Merged person "),
                vm.outcomeProperty().get());
        PersonDetailsLine kept = new PersonCorrectionService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK),
                CLOCK).person(secondCase, first);
        assertEquals("Morwenna", kept.givenName());
        assertEquals("Wenna", kept.aliases(), "the other desk's correction is kept");
    }

    @Test
    void reloadReadsTheCaseAgainAndMergesNothing() {
        CaseMergeViewModel vm = new CaseMergeViewModel(merges(), new CurrentThreadTaskExecutor(), reported::add,
                messages);
        int[] reloads = new int[1];
        loseTheRace(vm, new ArrayList<>(), new ArrayList<>(), reloads);

        vm.race().reload();

        assertFalse(vm.race().offeredProperty().get());
        assertEquals(1, reloads[0], "the case is read again");
        assertEquals(1, merges().duplicates().pairs().size(), "nothing was merged");
    }
}
