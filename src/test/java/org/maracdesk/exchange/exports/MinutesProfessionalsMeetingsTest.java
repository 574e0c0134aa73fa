package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
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
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ProfessionalsMeetingService;
import org.maracdesk.casework.ProfessionalsMeetingService.Entry;
import org.maracdesk.casework.meetings.FrozenMinutes;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;

/**
 * A case's professionals' meetings in its part of the minutes (issue 16, decision 0049), on both stores: the
 * record written at close (format 6) carries those held after the case's last MARAC up to the meeting's date, not
 * one held before the last MARAC, after this meeting, or removed as recorded by mistake; every copy holding the
 * case prints them. A record of format 4, written before, is read with the fingerprint it always had.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class MinutesProfessionalsMeetingsTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(TODAY.atTime(10, 0)
            .toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC);
    private MeetingVault vault;
    private long meeting;

    @BeforeEach
    void aCaseHeardTwiceWithProfessionalsMeetingsAroundIt() throws Exception {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        long earlier = vault.meeting(TODAY.minusDays(60), TODAY.minusDays(67), MeetingStatus.SCHEDULED);
        meeting = vault.meeting(TODAY.minusDays(2), TODAY.minusDays(9), MeetingStatus.SCHEDULED);
        long caseId = vault.acceptedCase(TODAY.minusDays(90), 0);
        vault.list(earlier, caseId, 1);
        vault.list(meeting, caseId, 1);
        vault.as("coordinator");
        ProfessionalsMeetingService pro = new ProfessionalsMeetingService(vault.sessions(), vault.sessions(),
                new AuditLog(CLOCK), CLOCK);
        pro.add(caseId, new Entry(TODAY.minusDays(70), List.of("police"), "Before the last MARAC", null));
        pro.add(caseId, new Entry(TODAY.minusDays(30), List.of("police", "housing"), "Strategy meeting: refuge place",
                "Housing to hold a refuge place"));
        long wrong = pro.add(caseId, new Entry(TODAY.minusDays(20), List.of("idva"), "Recorded on the wrong case",
                null));
        pro.remove(wrong, "recorded on the wrong case");
        pro.add(caseId, new Entry(TODAY.minusDays(1), List.of("idva"), "After this MARAC", null));
        vault.record().signIn(meeting, AttendanceKind.ATTENDEE, "police", "PC Test Officer", false);
        vault.record().signIn(meeting, AttendanceKind.ATTENDEE, "housing", "Test Housing Officer", false);
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

    private static String text(MinutesContent copy) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfReport pdf = new PdfReport("MARAC minutes", "FOOTER")) {
            MinutesDocument.render(copy, Map.of(), new AgencyNames(Map.of()), pdf);
            pdf.writeTo(bytes);
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
    void everyCopyHoldingTheCasePrintsTheMeetingsSinceItsLastMarac() throws Exception {
        assertEquals(org.maracdesk.casework.meetings.FrozenMinutes.FORMAT, JsonMappers.lenient().readTree(storedBody()).path("format").asInt());
        for (String agency : new String[] {null, "police", "housing"}) {
            MinutesContent c = copy(agency);
            assertEquals(List.of(new FrozenMinutes.ProfessionalsMeeting(TODAY.minusDays(30), List.of("police", "housing"),
                    "Strategy meeting: refuge place", "Housing to hold a refuge place")),
                    c.cases().get(0).record().professionalsMeetings(), "only the one between the two MARACs");
            String text = text(c);
            assertTrue(text.contains("Professionals' meetings since the last MARAC"), "its label wraps in its column: "
                    + text);
            assertTrue(text.contains(TODAY.minusDays(30) + ", present: "), text);
            assertTrue(text.contains("Outcome: Strategy meeting: refuge place"), text);
            assertTrue(text.contains("Actions agreed: Housing to hold a refuge place"), text);
            for (String left : new String[] {"Before the last MARAC", "Recorded on the wrong case", "After this MARAC"}) {
                assertFalse(text.contains(left), left + " is not in the minutes: " + text);
            }
        }
    }

    @Test
    void aRecordWrittenBeforeProfessionalsMeetingsIsReadWithTheFingerprintItHad() throws Exception {
        JsonNode root = JsonMappers.lenient().readTree(storedBody());
        ((ObjectNode) root).put("format", 4);
        for (JsonNode c : root.path("minutes").path("cases")) {
            ((ObjectNode) c).remove("professionalsMeetings");
        }
        String before = JsonMappers.lenient().writeValueAsString(root);
        vault.store().doInTransaction(s -> s.createNativeMutationQuery(
                "update meeting_minutes set body = :b where meeting_id = :m").setParameter("b", before)
                .setParameter("m", meeting).executeUpdate());
        MinutesContent police = copy("police");
        assertEquals(List.of(), police.cases().get(0).record().professionalsMeetings());
        assertEquals(java.util.HexFormat.of().formatHex(org.maracdesk.security.Sha256.of(before)),
                police.recordSha256(), "the stored record is the one written");
        String json = JsonMappers.lenient().writeValueAsString(police);
        assertFalse(json.contains("professionalsMeetings"), "nothing new in the content, so the copy hashes as before");
        String text = text(police);
        assertFalse(text.contains("Professionals' meetings"), text);
        assertTrue(text.contains("TST-"), text);
    }
}
