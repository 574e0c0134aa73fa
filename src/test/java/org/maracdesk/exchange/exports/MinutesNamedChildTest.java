package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.meetings.FrozenMinutes;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.store.StoreKind;

/**
 * The child an action is for in the frozen minutes (decision 0047), on both stores: a record written at close
 * (format 5) carries the child's name on the action, and the full minutes and the copy of the agency holding the
 * action print it where they say whom the action is for (a copy holding only other agencies' actions does not);
 * an action for no named child is written as before; a record of format 4, written before, is
 * still read and printed with the content (so the copy's fingerprint) it always had.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class MinutesNamedChildTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long meeting;

    @BeforeEach
    void aClosedMeetingAgreeingAnActionForANamedChild() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        long caseId = vault.acceptedCase(TODAY.minusDays(10), 2);
        long listing = vault.list(meeting, caseId, 1);
        long child = vault.store().read(s -> s.createSelectionQuery("select p.id from MaracCase c join c.children p"
                + " where c.id = :c and p.givenName = 'Child1'", Long.class).setParameter("c", caseId).getSingleResult());
        vault.record().signIn(meeting, AttendanceKind.ATTENDEE, "police", "PC Test Officer", false);
        vault.record().signIn(meeting, AttendanceKind.ATTENDEE, "education", "Test Education Officer", false);
        vault.record().addAction(listing, "education", "Test Teacher", ActionTarget.VICTIM,
                "Check in with the child each morning", TODAY.plusDays(14), null, null, null, child);
        vault.record().addAction(listing, "police", "PC Test Officer", ActionTarget.VICTIM, "Flag the address",
                TODAY.plusDays(7));
        vault.record().close(meeting);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private MinutesContent copy(String agency) {
        return vault.store().read(s -> new MinutesQuery().read(s, CaseScope.of(s, vault.sessions().current()),
                meeting, agency, null));
    }

    private String text(MinutesContent copy, String name) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfReport pdf = new PdfReport("MARAC minutes", "FOOTER")) {
            MinutesDocument.render(copy, Map.of(), new AgencyNames(Map.of()), pdf);
            pdf.writeTo(bytes);
        }
        Files.write(dir.resolve(name + ".pdf"), bytes.toByteArray());
        if (System.getProperty("minutes.child.pdf") != null) {
            Files.write(Path.of(System.getProperty("minutes.child.pdf"), kind + "-" + name + ".pdf"), bytes.toByteArray());
        }
        try (PDDocument d = Loader.loadPDF(bytes.toByteArray())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    private String storedBody() {
        return vault.store().read(s -> s.createNativeQuery("select body from meeting_minutes where meeting_id = :m",
                String.class).setParameter("m", meeting).getSingleResult());
    }

    @Test
    void everyCopyHoldingTheCaseSaysWhichChildTheActionIsFor() throws Exception {
        JsonNode stored = JsonMappers.lenient().readTree(storedBody());
        assertEquals(FrozenMinutes.FORMAT, stored.path("format").asInt());
        JsonNode actions = stored.path("minutes").path("cases").get(0).path("actions");
        assertEquals("Child1 Victim1", actions.get(0).path("child").asText());
        assertTrue(actions.get(1).path("child").isMissingNode(), "no child named: nothing written for it");
        for (String agency : new String[] {null, "education"}) {
            MinutesContent c = copy(agency);
            FrozenMinutes.Action named = c.cases().get(0).record().actions().stream()
                    .filter(a -> a.description().startsWith("Check in")).findFirst().orElseThrow();
            assertEquals("Child1 Victim1", named.child());
            assertEquals("CHILD", named.target());
            String text = text(c, agency == null ? "full" : agency);
            assertTrue(text.contains("child: Child1 Victim1"), text);
            assertFalse(text.contains("Child0 Victim1"), "only the named child: " + text);
        }
        String police = text(copy("police"), "police");
        assertTrue(police.contains("Flag the address"), police);
        assertFalse(police.contains("Child1 Victim1"), "the police copy holds only its own action, for no child: " + police);
    }

    @Test
    void aRecordWrittenBeforeActionsNamedTheirChildIsReadAndPrintedAsBefore() throws Exception {
        JsonNode root = JsonMappers.lenient().readTree(storedBody());
        ((ObjectNode) root).put("format", 4);
        for (JsonNode c : root.path("minutes").path("cases")) {
            for (JsonNode a : c.path("actions")) {
                ((ObjectNode) a).remove("child");
            }
        }
        String before = JsonMappers.lenient().writeValueAsString(root);
        vault.store().doInTransaction(s -> s.createNativeMutationQuery(
                "update meeting_minutes set body = :b where meeting_id = :m").setParameter("b", before)
                .setParameter("m", meeting).executeUpdate());
        MinutesContent education = copy("education");
        assertNull(education.cases().get(0).record().actions().get(0).child());
        assertEquals(java.util.HexFormat.of().formatHex(org.maracdesk.security.Sha256.of(before)),
                education.recordSha256(), "the stored record is the one written");
        String json = JsonMappers.lenient().writeValueAsString(education);
        assertFalse(json.contains("\"child\""), "no child in the content, so the copy's hash is the one it had: " + json);
        String text = text(education, "format4");
        assertFalse(text.contains("Child1 Victim1"), text);
        assertTrue(text.contains("Check in with the child each morning"), text);
    }
}
