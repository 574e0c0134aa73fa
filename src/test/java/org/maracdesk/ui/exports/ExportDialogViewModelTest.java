package org.maracdesk.ui.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.exchange.exports.ExportFiles;
import org.maracdesk.exchange.exports.ExportFormat;
import org.maracdesk.exchange.exports.ExportService;
import org.maracdesk.exchange.exports.MinutesQuery;
import org.maracdesk.security.ExportPassphrases;
import org.maracdesk.security.PassphraseConfirmation;
import org.maracdesk.security.SessionManager;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

/** The export dialog's view model exporting a case's action summary from a real vault. */
class ExportDialogViewModelTest {
    @TempDir
    static Path dir;
    @TempDir
    Path out;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private SessionManager sessions;
    private ExportService exports;
    private String caseReference;

    @BeforeAll
    static void vault() {
        ActionVaults.create(dir.resolve("v"), 30);
    }

    @BeforeEach
    void signIn() throws Exception {
        sessions = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        SecureRandom random = new SecureRandom();
        exports = new ExportService(sessions, new PassphraseConfirmation(sessions),
                new MinutesQuery(), new ExportFiles(random), new ExportPassphrases(random),
                ActionVaults.CLOCK);
        caseReference = new ActionTrackingService(sessions, sessions, sessions.audit(), ActionVaults.CLOCK)
                .openActions(null).get(0).caseReference();
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    private ExportDialogViewModel dialog() {
        ExportRequest request = new ExportRequest("title", "description", null, null,
                List.of(ExportFormat.PDF, ExportFormat.CSV, ExportFormat.XLSX), "action-summary-" + caseReference,
                (a, b, format, target, pass) -> exports.actionSummary(caseReference, null, format, target, pass));
        ExportDialogViewModel vm = new ExportDialogViewModel(request, out, new CurrentThreadTaskExecutor(),
                reported::add, messages);
        vm.disclosure().consentProperty().set(org.maracdesk.casework.disclosure.ConsentRecord.Consent.GIVEN);
        return vm;
    }

    @Test
    void theMinutesDialogPreviewsEachAgencysCasesAndWhyBeforeAnythingIsWritten() {
        long meeting = sessions.store().read(org.maracdesk.exchange.exports.MinutesQuery::lastClosedMeeting);
        org.maracdesk.exchange.exports.MinutesCopies copies = new org.maracdesk.exchange.exports.MinutesCopies(
                sessions, sessions, sessions.audit(), ActionVaults.CLOCK);
        long registered = sessions.store().read(s -> s.createSelectionQuery("select count(x) from ExportRecord x",
                Long.class).getSingleResult());
        ExportRequest request = new ExportRequest("title", "description",
                new ExportRequest.Choices("Meeting", List.of(new ExportRequest.Choice("m", Long.toString(meeting)))),
                new ExportRequest.Choices("Recipient", List.of(new ExportRequest.Choice("full", ""),
                        new ExportRequest.Choice("police", "police"))),
                List.of(ExportFormat.PDF), "minutes", (a, b, format, target, pass) -> {
                    throw new AssertionError("nothing is exported by a preview");
                }, (m, v) -> copies.preview(Long.parseLong(m), v));
        ExportDialogViewModel vm = new ExportDialogViewModel(request, out, new CurrentThreadTaskExecutor(),
                reported::add, messages);
        assertTrue(vm.previews());
        String full = vm.previewProperty().get();
        assertTrue(full.startsWith(messages.format("export.preview.version", 1)), full);
        assertTrue(full.contains("Full minutes: "), full);
        vm.secondProperty().set(request.second().options().get(1));
        String police = vm.previewProperty().get();
        assertTrue(police.lines().skip(1).findFirst().orElseThrow().startsWith("Police: "),
                "the chosen agency first: " + police);
        assertTrue(police.contains("(present") || police.contains("holds an action") || police.contains("no cases"));
        assertEquals(Long.valueOf(registered), sessions.store().read(s -> s.createSelectionQuery(
                "select count(x) from ExportRecord x", Long.class).getSingleResult()), "nothing registered");
        assertEquals(List.of(), reported);
    }

    @Test
    void theSuggestedFileFollowsTheFormatAndTheEncryption() {
        ExportDialogViewModel vm = dialog();
        assertTrue(vm.encryptProperty().get(), "encrypted unless the user says otherwise");
        assertEquals(out.resolve("action-summary-" + caseReference + ".pdf.pgp").toString(), vm.fileProperty().get());
        vm.encryptProperty().set(false);
        assertTrue(vm.fileProperty().get().endsWith(caseReference + ".pdf"), vm.fileProperty().get());
        vm.formatProperty().set(ExportFormat.CSV);
        assertTrue(vm.fileProperty().get().endsWith(caseReference + ".csv"), vm.fileProperty().get());
        vm.encryptProperty().set(true);
        assertTrue(vm.fileProperty().get().endsWith(caseReference + ".csv.pgp"), vm.fileProperty().get());
    }

    @Test
    void nothingStartsWithoutAFileAndThePassphraseIsWipedAnyway() {
        ExportDialogViewModel vm = dialog();
        vm.fileProperty().set(" ");
        char[] pass = ActionVaults.PASS.toCharArray();
        vm.export(pass);
        assertEquals(messages.get("export.error.noFile"), vm.errorProperty().get());
        assertArrayEquals(new char[pass.length], pass);
        vm.fileProperty().set(out.resolve("x.pdf.pgp").toString());
        vm.export(new char[0]);
        assertEquals(messages.get("export.error.noPassphrase"), vm.errorProperty().get());
    }

    @Test
    void aWrongPassphraseIsSaidPlainlyAndNothingIsWritten() {
        ExportDialogViewModel vm = dialog();
        vm.export("not the passphrase at all".toCharArray());
        assertEquals(messages.get("export.error.wrongPassphrase"), vm.errorProperty().get());
        assertFalse(Files.exists(Path.of(vm.fileProperty().get())));
        assertNull(vm.doneProperty().get());
        assertFalse(vm.busyProperty().get());
        assertEquals(List.of(), reported);
    }

    @Test
    void anEncryptedExportIsWrittenAndItsPassphraseShownUntilTheDialogCloses() {
        ExportDialogViewModel vm = dialog();
        char[] pass = ActionVaults.PASS.toCharArray();
        vm.export(pass);
        assertEquals(List.of(), reported);
        assertEquals("", vm.errorProperty().get());
        ExportDialogViewModel.Done done = vm.doneProperty().get();
        assertTrue(Files.exists(done.file()));
        assertTrue(done.file().toString().endsWith(".pdf.pgp"));
        assertFalse(done.passphrase().isEmpty(), "the generated passphrase is shown once");
        assertTrue(done.items() > 0);
        assertArrayEquals(new char[pass.length], pass, "the user's passphrase is wiped");
        vm.forget();
        assertNull(vm.doneProperty().get());
    }

    @Test
    void xlsxChosenInTheDialogIsWrittenEncryptedThroughTheCommandLinesPath() throws Exception {
        ExportDialogViewModel vm = dialog();
        vm.formatProperty().set(ExportFormat.XLSX);
        assertTrue(vm.fileProperty().get().endsWith(caseReference + ".xlsx.pgp"), vm.fileProperty().get());
        vm.export(ActionVaults.PASS.toCharArray());
        assertEquals(List.of(), reported);
        ExportDialogViewModel.Done done = vm.doneProperty().get();
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (java.io.InputStream in = Files.newInputStream(done.file())) {
            org.maracdesk.security.ExportEncryption.decrypt(in, plain, done.passphrase().toCharArray());
        }
        byte[] bytes = plain.toByteArray();
        assertEquals("PK", new String(bytes, 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a workbook (zip)");
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(bytes))) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertEquals("case_reference", rows.get(0).getCellText(0));
            assertTrue(rows.size() > 1, "a header and the case's actions");
        }
    }
}
