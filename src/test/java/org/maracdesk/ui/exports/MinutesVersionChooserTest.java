package org.maracdesk.ui.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.CaseField;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.meetings.MinutesRecords;
import org.maracdesk.exchange.exports.ExportFiles;
import org.maracdesk.exchange.exports.ExportFormat;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.exchange.exports.MinutesCopies;
import org.maracdesk.exchange.exports.MinutesQuery;
import org.maracdesk.security.ExportPassphrases;
import org.maracdesk.security.PassphraseConfirmation;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.StoreKind;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

/**
 * The export dialog's version chooser (decision 0041) on a real vault: a meeting closed, reopened and closed again
 * offers both versions with when, by whom and why, the latest chosen; choosing version 1 previews and exports
 * version 1, the same copy (content hash) as {@code export minutes --version 1}.
 */
class MinutesVersionChooserTest {
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String REASON = "Safety plan recorded against the wrong case";
    @TempDir
    Path dir;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private SessionManager sessions;
    private long meeting;

    @BeforeEach
    void aMeetingClosedTwice() throws Exception {
        MeetingVault vault = new MeetingVault(StoreKind.H2, dir.resolve("vault"));
        meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        vault.list(meeting, vault.acceptedCase(TODAY.minusDays(10), 1), 1);
        vault.record().signIn(meeting, AttendanceKind.ATTENDEE, "police", "PC Test Officer", false);
        long listing = vault.record().view(meeting).cases().get(0).listing().listingId();
        vault.record().saveCaseField(listing, CaseField.SAFETY_PLAN, "Sanctuary scheme");
        vault.record().close(meeting);
        vault.corrections().reopen(meeting, REASON);
        vault.record().saveCaseField(listing, CaseField.SAFETY_PLAN, "Refuge place found");
        vault.record().close(meeting);
        vault.lock();
        sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.unlock("coordinator", MeetingVault.PASS.toCharArray());
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    private ExportService exports() {
        SecureRandom random = new SecureRandom();
        return new ExportService(sessions, new PassphraseConfirmation(sessions), new MinutesQuery(),
                new ExportFiles(random), new ExportPassphrases(random), CLOCK);
    }

    private ExportDialogViewModel dialog(ExportService exports, Path out) {
        MinutesCopies copies = new MinutesCopies(sessions, sessions, sessions.audit(), CLOCK);
        ExportRequest request = new ExportRequest("title", "description",
                new ExportRequest.Choices("Meeting", List.of(new ExportRequest.Choice("m", Long.toString(meeting)))),
                new ExportRequest.Choices("For", List.of(new ExportRequest.Choice("police", "police"))),
                List.of(ExportFormat.PDF), "minutes",
                ExportRequest.Runner.versioned((m, recipient, version, format, target, pass) ->
                        exports.minutes(Long.valueOf(m), recipient, version, target, pass)),
                (m, version) -> copies.preview(Long.parseLong(m), version));
        ExportDialogViewModel vm = new ExportDialogViewModel(request, out, new CurrentThreadTaskExecutor(),
                reported::add, messages);
        vm.disclosure().consentProperty().set(org.maracdesk.casework.disclosure.ConsentRecord.Consent.GIVEN);
        return vm;
    }

    private String registeredHash(int version) {
        return sessions.store().read(s -> s.createSelectionQuery("select x.contentSha256 from ExportRecord x"
                + " where x.meetingId = :m and x.minutesVersion = :v order by x.id desc", String.class)
                .setParameter("m", meeting).setParameter("v", version).setMaxResults(1).getSingleResult());
    }

    @Test
    void theVersionsAreOfferedLatestFirstWithWhenWhoAndWhyAndTheLatestIsChosen() {
        ExportDialogViewModel vm = dialog(exports(), dir);
        assertEquals(List.of(2, 1), vm.versions().stream().map(MinutesRecords.Closing::version).toList());
        MinutesRecords.Closing latest = vm.versionProperty().get();
        assertEquals(2, latest.version());
        assertTrue(latest.latest());
        assertEquals(REASON, latest.reason());
        assertEquals("coordinator", latest.closedBy());
        assertNull(vm.versions().get(1).reason(), "version 1 was the first close");
        String line = new VersionChooser(messages).text(latest);
        assertTrue(line.startsWith("Version 2 (latest), closed ") && line.contains("by coordinator")
                && line.endsWith("reopened because: " + REASON), line);
        assertTrue(vm.previewProperty().get().contains(messages.format("export.preview.reason", REASON)));
        assertTrue(vm.previewProperty().get().startsWith(messages.format("export.preview.versionLater", 2, 1)),
                vm.previewProperty().get());
        assertEquals(List.of(), reported);
    }

    @Test
    void choosingVersionOneExportsTheSameCopyAsTheCommandLinesVersionOption() throws Exception {
        ExportService exports = exports();
        ExportDialogViewModel vm = dialog(exports, dir);
        vm.versionProperty().set(vm.versions().get(1));
        assertTrue(vm.previewProperty().get().startsWith(messages.format("export.preview.version", 1)),
                vm.previewProperty().get());
        assertTrue(vm.previewProperty().get().contains(messages.format("export.preview.notLatest", 1, 2)),
                "an older version is said to be superseded");
        vm.encryptProperty().set(false);
        vm.fileProperty().set(dir.resolve("from-window.pdf").toString());
        vm.export(MeetingVault.PASS.toCharArray());
        assertEquals(List.of(), reported);
        assertEquals("", vm.errorProperty().get());
        assertTrue(Files.exists(dir.resolve("from-window.pdf")));
        String fromWindow = registeredHash(1);

        exports.minutes(meeting, "police", 1, new ExportService.Target(dir.resolve("from-cli.pdf"), false),
                MeetingVault.PASS.toCharArray());
        assertEquals(fromWindow, registeredHash(1), "the window's version 1 is the command line's --version 1");
        String expected = sessions.store().read(s -> new MinutesQuery().read(s,
                CaseScope.of(s, sessions.current()), meeting, "police", 1)).contentSha256();
        assertEquals(expected, fromWindow);
        assertFalse(expected.equals(sessions.store().read(s -> new MinutesQuery().read(s,
                CaseScope.of(s, sessions.current()), meeting, "police", null)).contentSha256()), "version 2 differs");
    }

    @Test
    void theRegisterListsWhoHoldsWhichVersionInWhatForm() throws Exception {
        ExportService exports = exports();
        exports.minutes(meeting, "police", 1, new ExportService.Target(dir.resolve("v1.pdf"), true),
                MeetingVault.PASS.toCharArray());
        exports.minutes(meeting, null, null, new ExportService.Target(dir.resolve("v2.pdf"), false),
                MeetingVault.PASS.toCharArray());
        MinutesCopies copies = new MinutesCopies(sessions, sessions, sessions.audit(), CLOCK);
        MinutesCopies.Register register = copies.register(meeting);
        assertEquals(2, register.current());
        assertEquals(2, register.copies().size());
        MinutesCopies.RegisterLine police = register.copies().get(0);
        assertEquals("police", police.recipient());
        assertEquals(Integer.valueOf(1), police.version());
        assertTrue(police.superseded());
        assertTrue(police.encrypted());
        assertEquals("pdf", police.format());
        assertEquals(registeredHash(1), police.contentSha256());
        assertFalse(register.copies().get(1).superseded());

        var vm = new org.maracdesk.ui.meetings.CopiesSentViewModel(copies, new CurrentThreadTaskExecutor(),
                reported::add, messages, code -> "police".equals(code) ? "Police" : code);
        List<org.maracdesk.ui.meetings.CopiesSentViewModel.Shown> shown = new ArrayList<>();
        var header = new org.maracdesk.casework.meetings.MeetingHeader(meeting, TODAY, "Northbridge", null, false,
                null, null, true, true, List.of(), false);
        vm.load(header, shown::add);
        assertEquals(List.of(), reported);
        var rows = shown.get(0).rows();
        // the test vault's police have no signed information-sharing agreement: the register warns (decision 0059)
        assertEquals(messages.format("meeting.copies.noAgreement", "Police"), rows.get(0).recipient());
        assertEquals(messages.format("meeting.copies.superseded", 1), rows.get(0).version());
        assertEquals(messages.format("meeting.copies.encrypted", "PDF"), rows.get(0).form());
        assertEquals(messages.format("meeting.copies.version", 2), rows.get(1).version());
        assertEquals(messages.format("meeting.copies.plain", "PDF"), rows.get(1).form());
        assertTrue(shown.get(0).heading().contains("2 copies sent, 1 of an older version"), shown.get(0).heading());
    }

    @Test
    void onlyThoseWhoExportTheFullMinutesReadTheRegister() throws Exception {
        sessions.lock();
        sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.unlock("police", MeetingVault.PASS.toCharArray());
        MinutesCopies copies = new MinutesCopies(sessions, sessions, sessions.audit(), CLOCK);
        org.junit.jupiter.api.Assertions.assertThrows(org.maracdesk.security.NotPermittedException.class,
                () -> copies.register(meeting));
    }
}
