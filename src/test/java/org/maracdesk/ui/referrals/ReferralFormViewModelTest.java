package org.maracdesk.ui.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.intake.Decision;
import org.maracdesk.casework.intake.ReferralDecisionService;
import org.maracdesk.casework.settings.LocalSettingsService;
import org.maracdesk.casework.intake.ReferralDraftService;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.TestVaults;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

/** The referral form's view model on a real encrypted vault, with background work on the test's thread. */
class ReferralFormViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    @TempDir
    Path dir;
    private Store store;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private final List<String> listed = new ArrayList<>();
    private ReferralFormViewModel vm;

    @BeforeEach
    void form() {
        store = TestVaults.create(dir.resolve("vault"), "coordinator", "referral form test passphrase");
        InstrumentRegistry instruments = new InstrumentRegistry();
        AuditLog audit = new AuditLog(CLOCK);
        CurrentUser who = () -> new AccountInfo("coordinator", "Coordinator", Role.COORDINATOR, null);
        vm = new ReferralFormViewModel(
                new ReferralDraftService(() -> store, who, audit, instruments, CLOCK),
                new ReferralDecisionService(() -> store, who, audit, instruments, CLOCK),
                new CurrentThreadTaskExecutor(), reported::add, messages, instruments,
                new LocalSettingsService(() -> store, who, audit, instruments, CLOCK),
                CLOCK, () -> listed.add("listed"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void answerYes(int items) {
        for (int i = 0; i < items; i++) {
            vm.checklist().rows().get(i).answerProperty().set(Answer.YES);
        }
    }

    @Test
    void theScoreAndRoutesFollowTheChecklistAndGroundsAsTyped() {
        assertEquals(TODAY, vm.referralDate.get(), "dated today by the injected clock");
        assertEquals(0, vm.resultProperty().get().score());
        answerYes(14);
        assertEquals(14, vm.resultProperty().get().score());
        assertTrue(vm.resultProperty().get().meets(ReferralRoute.VISIBLE_HIGH_RISK));
        assertFalse(vm.resultProperty().get().meets(ReferralRoute.POTENTIAL_ESCALATION));
        vm.grounds.policeIncidents.set("3");
        assertTrue(vm.resultProperty().get().meets(ReferralRoute.POTENTIAL_ESCALATION));
        vm.grounds.policeIncidents.set("three");
        assertEquals(null, vm.grounds.incidents(), "not a whole number: the field says so, the score ignores it");
    }

    @Test
    void professionalJudgementBelowTheThresholdNeedsItsWrittenReason() {
        answerYes(5);
        vm.grounds.professionalJudgementChosen.set(true);
        assertTrue(vm.judgementReasonMissing());
        vm.grounds.professionalJudgement.set("Escalating contact since the victim moved; fears for the children.");
        assertFalse(vm.judgementReasonMissing());
        assertTrue(vm.resultProperty().get().meets(ReferralRoute.PROFESSIONAL_JUDGEMENT));
    }

    @Test
    void theMustNotReceiveListNeedsWhoAndWhyAndTakesNoDuplicate() {
        assertFalse(vm.sharing.add());
        assertEquals(messages.get("referral.mnr.needWho"), vm.sharing.problem.get());
        vm.sharing.agency.set(Agency.HOUSING);
        assertFalse(vm.sharing.add());
        assertEquals(messages.get("referral.mnr.needReason"), vm.sharing.problem.get());
        vm.sharing.reason.set("The perpetrator works for the housing provider.");
        assertTrue(vm.sharing.add());
        assertEquals(1, vm.sharing.entries.size());
        assertEquals("", vm.sharing.problem.get());
        vm.sharing.agency.set(Agency.HOUSING);
        vm.sharing.reason.set("Again.");
        assertFalse(vm.sharing.add());
        assertEquals(messages.get("referral.mnr.duplicate"), vm.sharing.problem.get());
    }

    @Test
    void aDraftSavesAtAnyPointButIsDecidedOnlyWhenComplete() {
        vm.referrer.name.set("Sam Referrer");
        vm.save();
        assertEquals(List.of(), reported);
        assertFalse(vm.isNew());
        assertEquals(messages.format("referral.saved", "12:00"), vm.statusProperty().get());

        List<Decision> decided = new ArrayList<>();
        vm.decide(decided::add);
        assertEquals(List.of(messages.get("referral.decision.choose")), List.copyOf(vm.decisionProblems));
        vm.decision.set(ReferralStatus.ACCEPTED);
        vm.decisionReason.set("Visible high risk.");
        vm.decide(decided::add);
        assertTrue(decided.isEmpty());
        assertFalse(vm.decisionProblems.isEmpty(), "what is missing is listed");
        assertEquals(messages.get("referral.decision.incomplete"), vm.statusProperty().get());
        assertEquals(List.of(), listed, "nothing was accepted, so nothing was listed");
        assertEquals(List.of(), reported);
    }
}
