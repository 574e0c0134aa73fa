package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.security.Role;
import org.maracdesk.testdata.SharedServer;

/**
 * A whole export made from a session signed in to the real PostgreSQL test cluster, as an Idva at their own desk:
 * the passphrase confirmed against the session's login, the PDF written (PDFBox reads it, it holds the Idva's
 * caseload and nothing else) and the export register's row written on the server.
 */
class ServerExportTest {
    @TempDir
    Path dir;
    private SharedServer server;
    private MeetingVault seed;
    private ServicesGraph graph;
    private String idvaCase;
    private String policeCase;

    @BeforeEach
    void aServerWhereTheIdvaHasAnActionOnOneCaseAndPoliceOnAnother() {
        server = new SharedServer(dir.resolve("server"), "Coordinator", "coordinator", MeetingVault.PASS);
        seed = new MeetingVault(server);
        server.addAccount("idva1", "Idva One", Role.IDVA, "idva");
        long meeting = seed.meeting(MeetingVault.TODAY.minusDays(2), MeetingVault.TODAY.minusDays(9),
                MeetingStatus.SCHEDULED);
        long a = seed.acceptedCase(MeetingVault.TODAY.minusDays(20), 0);
        long b = seed.acceptedCase(MeetingVault.TODAY.minusDays(19), 0);
        seed.action(meeting, b, "Flag the address on the police system");
        seed.store().doInTransaction(s -> s.persist(new ActionItem(s.get(MaracCase.class, a),
                s.get(Meeting.class, meeting), "idva", "Idva One", ActionTarget.VICTIM,
                "Safety plan reviewed with the victim", MeetingVault.TODAY.plusDays(7))));
        idvaCase = seed.store().read(s -> s.get(MaracCase.class, a).getReference());
        policeCase = seed.store().read(s -> s.get(MaracCase.class, b).getReference());
        graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        graph.sessions().lock();
        seed.lock();
    }

    @Test
    void anIdvaExportsTheirCaseloadSummaryFromAServerSession() throws Exception {
        graph.server().signIn(server.connectionFile(), "idva1", MeetingVault.PASS.toCharArray());
        Path out = dir.resolve("idva-summary.pdf");
        ExportService exports = graph.exports();
        assertThrows(WrongCredentialsException.class, () -> exports.actionSummary(null, "idva1", ExportFormat.PDF,
                new ExportService.Target(out, false), "not the passphrase at all".toCharArray()));
        assertFalse(Files.exists(out), "a wrong passphrase writes nothing");
        assertEquals(List.of(), registerRows(), "nor a register row");

        ExportResult result = exports.actionSummary(null, "idva1", ExportFormat.PDF,
                new ExportService.Target(out, false), MeetingVault.PASS.toCharArray());

        assertEquals(1, result.items(), "one case in the Idva's caseload");
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 1);
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains(idvaCase), "the Idva's case is in the PDF");
        assertTrue(text.contains("Safety plan reviewed with the victim"), "and its action");
        assertFalse(text.contains(policeCase), "police's case, outside the Idva's scope, is not");
        assertFalse(text.contains("Flag the address"), "nor its action");
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(out))), result.fileSha256());
        assertEquals(List.of("idva1|action-summary|pdf|false|" + result.fileSha256()), registerRows(),
                "the export register's row is on the server, with the file's hash");
        try (Connection c = server.superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from audit_entry where actor = 'idva1'"
                     + " and action = 'EXPORTED'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "and the export is in the server's audit trail");
        }
        graph.sessions().lock();
        graph.server().signIn(server.connectionFile(), "coordinator", MeetingVault.PASS.toCharArray());
        assertTrue(graph.maintenance().verifyAudit().intact(), "the server's audit chain checks out");
    }

    private List<String> registerRows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = server.superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select exported_by || '|' || kind || '|' || format || '|' || encrypted"
                     + " || '|' || file_sha256 from export_record order by id")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
