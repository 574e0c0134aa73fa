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
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.casework.meetings.FrozenMinutes;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.store.StoreKind;

/**
 * The court position of the referral a case was listed for in the frozen minutes (decision 0046), on both stores:
 * a record written at close (format 4) carries the officer in charge, civil orders, bail and court dates, and
 * every copy holding the case prints them, while the offences, crime references and the rest of the referral's
 * circumstances are in none; a record of format 3, written before, is still read and printed with the content
 * JSON (so the copy's fingerprint) it always had.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class MinutesCourtTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long meeting;

    @BeforeEach
    void aClosedMeetingHearingACaseWithBailAndACourtDate() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        long caseId = vault.acceptedCase(TODAY.minusDays(10), 0);
        long listing = vault.list(meeting, caseId, 1);
        vault.store().doInTransaction(s -> {
            Referral r = s.createSelectionQuery("from Referral r where r.maracCase.id = :c", Referral.class)
                    .setParameter("c", caseId).getSingleResult();
            r.setCircumstances(new ReferralCircumstances("Care worker", "Northbridge Surgery", null, null, true,
                    "Settled status", null, null, "Together six years", "Drinking at weekends", true, null, null,
                    null, "PC Test Officer", "Assault by beating", "CRIME-0001; PNC-TEST-2", "Non-molestation order",
                    "Not to contact the victim", TODAY.plusDays(30), TODAY.plusDays(20) + "; " + TODAY.plusDays(40)));
            s.get(Listing.class, listing).listedFor(r, false, false);
        });
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

    private String text(MinutesContent copy, String name) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfReport pdf = new PdfReport("MARAC minutes", "FOOTER")) {
            MinutesDocument.render(copy, Map.of(), new AgencyNames(Map.of()), pdf);
            pdf.writeTo(bytes);
        }
        Files.write(dir.resolve(name + ".pdf"), bytes.toByteArray());
        if (System.getProperty("minutes.court.pdf") != null) {
            Files.write(Path.of(System.getProperty("minutes.court.pdf"), kind + "-" + name + ".pdf"), bytes.toByteArray());
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
    void everyCopyHoldingTheCasePrintsTheOrdersBailAndCourtDatesAndNothingElseOfTheCircumstances() throws Exception {
        assertEquals(FrozenMinutes.FORMAT, JsonMappers.lenient().readTree(storedBody()).path("format").asInt());
        for (String agency : new String[] {null, "police", "housing"}) {
            MinutesContent c = copy(agency);
            assertEquals(new FrozenMinutes.Court("PC Test Officer", "Non-molestation order", "Not to contact the victim",
                    TODAY.plusDays(30), List.of(TODAY.plusDays(20), TODAY.plusDays(40))), c.cases().get(0).record().court());
            String text = text(c, agency == null ? "full" : agency);
            assertTrue(text.contains("Orders, bail and court"), text);
            assertTrue(text.contains("Officer in charge: PC Test Officer"), text);
            assertTrue(text.contains("Civil orders: Non-molestation order"), text);
            assertTrue(text.contains("Bail conditions: Not to contact the victim (bail until " + TODAY.plusDays(30) + ")"),
                    text);
            assertTrue(text.contains("Court dates: " + TODAY.plusDays(20) + "; " + TODAY.plusDays(40)), text);
            for (String caseFileOnly : new String[] {"Assault by beating", "CRIME-0001", "Care worker",
                "Northbridge Surgery", "Settled status", "Drinking at weekends", "Together six years"}) {
                assertFalse(text.contains(caseFileOnly), caseFileOnly + " stays in the case file: " + text);
            }
        }
        assertEquals(0, copy("education").cases().size(), "an agency not at the table gets no case, so no court position");
    }

    @Test
    void aRecordWrittenBeforeTheCourtPositionIsReadAndPrintedAsBefore() throws Exception {
        JsonNode root = JsonMappers.lenient().readTree(storedBody());
        ((ObjectNode) root).put("format", 3);
        for (JsonNode c : root.path("minutes").path("cases")) {
            ((ObjectNode) c).remove("court");
        }
        String before = JsonMappers.lenient().writeValueAsString(root);
        vault.store().doInTransaction(s -> s.createNativeMutationQuery(
                "update meeting_minutes set body = :b where meeting_id = :m").setParameter("b", before)
                .setParameter("m", meeting).executeUpdate());
        MinutesContent police = copy("police");
        assertNull(police.cases().get(0).record().court());
        assertEquals(java.util.HexFormat.of().formatHex(org.maracdesk.security.Sha256.of(before)), police.recordSha256(), "the stored record is the one written");
        String json = JsonMappers.lenient().writeValueAsString(police);
        assertFalse(json.contains("\"court\""), "no court in the content, so the copy's hash is the one it had: " + json);
        String text = text(police, "format3");
        assertFalse(text.contains("Orders, bail and court"), text);
        assertTrue(text.contains("TST-"), text);
    }
}
