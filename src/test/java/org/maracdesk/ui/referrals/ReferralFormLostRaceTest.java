package org.maracdesk.ui.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.intake.ReferralDecisionService;
import org.maracdesk.casework.intake.ReferralDraft;
import org.maracdesk.casework.intake.ReferralDraftService;
import org.maracdesk.casework.settings.LocalSettingsService;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

/**
 * A referral draft saved on the form after another desk saved the same draft (decision 0051), on both stores: the
 * form names who and when, keeps what was typed and offers Reload or Re-apply; Re-apply shows the other desk's
 * version with only the fields this desk changed put back, and saving that keeps both; Reload drops this desk's
 * change. Nothing is written until the user saves again.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReferralFormLostRaceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private Store store;
    private ReferralDraftService drafts;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private ReferralFormViewModel mine;
    private ReferralFormViewModel theirs;

    @BeforeEach
    void twoDesksOnOneDraft() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "referral race test passphrase");
        InstrumentRegistry instruments = new InstrumentRegistry();
        AuditLog audit = new AuditLog(CLOCK);
        CurrentUser who = () -> new AccountInfo("coordinator", "Coordinator", Role.COORDINATOR, null);
        drafts = new ReferralDraftService(() -> store, who, audit, instruments, CLOCK);
        mine = form(instruments, audit, who);
        theirs = form(instruments, audit, who);
        mine.referrer.name.set("Sam Testreferrer");
        mine.referrer.phone.set("01632 960000");
        mine.save();
        theirs.load(drafts.open(draftId()));
        theirs.referrer.email.set("referrer@example.org");
        theirs.grounds.incidentSummary.set("Second desk's summary of the incident.");
        theirs.save();
        assertEquals(List.of(), reported);
    }

    private ReferralFormViewModel form(InstrumentRegistry instruments, AuditLog audit, CurrentUser who) {
        return new ReferralFormViewModel(drafts, new ReferralDecisionService(() -> store, who, audit, instruments,
                CLOCK), new CurrentThreadTaskExecutor(), reported::add, messages, instruments,
                new LocalSettingsService(() -> store, who, audit, instruments, CLOCK), CLOCK, () -> { });
    }

    private long draftId() {
        return mine.draft().id();
    }

    @AfterEach
    void close() {
        store.close();
        assertTrue(reported.isEmpty(), () -> "nothing unexpected: " + reported);
    }

    private void loseTheRace() {
        mine.referrer.phone.set("07700 900123");
        mine.save();
        assertTrue(mine.race().offeredProperty().get(), "Reload or Re-apply is offered");
        assertTrue(mine.race().messageProperty().get().startsWith("coordinator saved this referral at "),
                mine.race().messageProperty().get());
        assertEquals("07700 900123", mine.referrer.phone.get(), "what was typed stays");
        mine.save();
        assertTrue(mine.race().offeredProperty().get(), "no save while the choice is offered");
        assertEquals("01632 960000", drafts.open(draftId()).form().referrer().phone(), "nothing was saved");
    }

    @Test
    void reapplyPutsMyChangeOnTheirVersionAndSavingKeepsBoth() {
        loseTheRace();

        mine.race().reapply();

        assertFalse(mine.race().offeredProperty().get());
        assertEquals(messages.get("referral.reapplied"), mine.statusProperty().get());
        assertEquals("07700 900123", mine.referrer.phone.get(), "my change is back");
        assertEquals("referrer@example.org", mine.referrer.email.get(), "their change is shown");
        assertEquals("Second desk's summary of the incident.", mine.grounds.incidentSummary.get());
        assertEquals("Sam Testreferrer", mine.referrer.name.get());

        mine.save();
        assertFalse(mine.race().offeredProperty().get(), "saved over the newest version");
        ReferralDraft stored = drafts.open(draftId());
        assertEquals("07700 900123", stored.form().referrer().phone());
        assertEquals("referrer@example.org", stored.form().referrer().email(), "the other desk's change is kept");
        assertEquals("Second desk's summary of the incident.", stored.form().incidentSummary());
    }

    @Test
    void reloadShowsTheirVersionAndDropsMine() {
        loseTheRace();

        mine.race().reload();

        assertFalse(mine.race().offeredProperty().get());
        assertEquals(messages.get("referral.reloaded"), mine.statusProperty().get());
        assertEquals("01632 960000", mine.referrer.phone.get(), "my change is dropped");
        assertEquals("referrer@example.org", mine.referrer.email.get());
        mine.save();
        assertFalse(mine.race().offeredProperty().get(), "the next save is based on their version");
        assertEquals("referrer@example.org", drafts.open(draftId()).form().referrer().email());
    }
}
