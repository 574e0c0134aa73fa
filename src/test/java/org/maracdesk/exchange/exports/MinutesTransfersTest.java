package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
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
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.CaseTransfer.Direction;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.meetings.FrozenMinutes;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.transfers.CaseTransferService;
import org.maracdesk.casework.transfers.CaseTransferService.Entry;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;

/**
 * A case's transfers between MARACs in its part of the minutes (issue 16, decision 0069), on both stores: the record
 * written at close (format 8) carries, for every case of the meeting, the transfers not finished before the case's
 * last MARAC, and not one whose victim moved after the meeting; every copy holding the case prints them with each
 * step done (and when) or to do; a copy from which the case is withheld (must-not-receive) holds none of it. A record
 * of format 7, written before, is read with the fingerprint it always had.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class MinutesTransfersTest {
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long meeting;
    private long heardTwice;
    private long heardOnce;

    @BeforeEach
    void twoCasesWithTransfersAroundTheMeeting() throws Exception {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        long earlier = vault.meeting(TODAY.minusDays(60), TODAY.minusDays(67), MeetingStatus.SCHEDULED);
        meeting = vault.meeting(TODAY.minusDays(2), TODAY.minusDays(9), MeetingStatus.SCHEDULED);
        heardTwice = vault.acceptedCase(TODAY.minusDays(120), 0);
        heardOnce = vault.acceptedCase(TODAY.minusDays(20), 0);
        vault.list(earlier, heardTwice, 1);
        vault.list(meeting, heardTwice, 1);
        vault.list(meeting, heardOnce, 2);
        vault.as("coordinator");
        CaseTransferService transfers = new CaseTransferService(vault.sessions(), vault.sessions(),
                new AuditLog(CLOCK), CLOCK);
        transfers.add(heardTwice, new Entry(Direction.IN, "Northshire", TODAY.minusDays(100), TODAY.minusDays(95),
                null, TODAY.minusDays(90), "Northshire Idva Service", "Finished before the last MARAC"));
        transfers.add(heardTwice, new Entry(Direction.OUT, "Eastmere", TODAY.minusDays(20), TODAY.minusDays(10),
                null, null, "Eastmere Idva Service", "Note kept on the case"));
        transfers.add(heardTwice, new Entry(Direction.OUT, "Southvale", TODAY.minusDays(1), null, null, null, null,
                null));
        transfers.add(heardOnce, new Entry(Direction.IN, "Westford", null, TODAY.minusDays(5), null, null, null,
                null));
        vault.record().signIn(meeting, AttendanceKind.ATTENDEE, "police", "PC Test Officer", false);
        vault.record().signIn(meeting, AttendanceKind.ATTENDEE, "housing", "Test Housing Officer", false);
        vault.store().doInTransaction(s -> s.persist(new MustNotReceive(s.get(MaracCase.class, heardOnce), null,
                Agency.POLICE, null, "Perpetrator works there", TODAY.minusDays(3))));
        vault.record().close(meeting);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    @Test
    void theRecordCarriesTheTransfersOfTheMeetingForEveryCaseAndEveryCopyPrintsThem() throws Exception {
        assertEquals(FrozenMinutes.FORMAT, JsonMappers.lenient().readTree(storedBody()).path("format").asInt());
        MinutesContent full = copy(null);
        assertEquals(List.of(new FrozenMinutes.Transfer("OUT", "Eastmere", TODAY.minusDays(20), TODAY.minusDays(10),
                null, "Eastmere Idva Service")), caseIn(full, heardTwice).record().transfers(),
                "not the one finished before the last MARAC, nor the move after this meeting");
        assertEquals(List.of(new FrozenMinutes.Transfer("IN", "Westford", null, TODAY.minusDays(5), null, null)),
                caseIn(full, heardOnce).record().transfers(), "a first listing carries its transfer");
        for (String agency : new String[] {null, "housing"}) {
            String text = text(copy(agency));
            assertTrue(text.contains("MARAC transfers"), text);
            assertTrue(text.contains("Out to Eastmere: the victim moved on " + TODAY.minusDays(20)), text);
            assertTrue(text.contains("Minutes and action plans sent: done " + TODAY.minusDays(10)), text);
            assertTrue(text.contains("Idva handover with Eastmere Idva Service: to do"), text);
            assertTrue(text.contains("In from Westford: the day the victim moved is not recorded"), text);
            assertTrue(text.contains("Previous minutes and action plans received: done " + TODAY.minusDays(5)), text);
            for (String left : new String[] {"Northshire", "Southvale", "Note kept on the case"}) {
                assertFalse(text.contains(left), left + " is not in the minutes: " + text);
            }
        }
    }

    @Test
    void theCopyFromWhichTheCaseIsWithheldHoldsNoneOfItsTransfer() throws Exception {
        MinutesContent police = copy("police");
        assertEquals(1, police.withheld(), "the case the police must not receive");
        assertFalse(police.cases().stream().anyMatch(c -> c.caseId() == heardOnce));
        String text = text(police);
        assertTrue(text.contains("Out to Eastmere"), text);
        assertFalse(text.contains("Westford"), "the withheld case's transfer is not in the police copy: " + text);
        assertFalse(JsonMappers.lenient().writeValueAsString(police).contains("Westford"), "nor in its content");
    }

    @Test
    void aRecordWrittenBeforeTransfersIsReadWithTheFingerprintItHad() throws Exception {
        JsonNode root = JsonMappers.lenient().readTree(storedBody());
        ((ObjectNode) root).put("format", 7);
        for (JsonNode c : root.path("minutes").path("cases")) {
            ((ObjectNode) c).remove("transfers");
        }
        String before = JsonMappers.lenient().writeValueAsString(root);
        vault.store().doInTransaction(s -> s.createNativeMutationQuery(
                "update meeting_minutes set body = :b where meeting_id = :m").setParameter("b", before)
                .setParameter("m", meeting).executeUpdate());
        MinutesContent housing = copy("housing");
        assertEquals(java.util.HexFormat.of().formatHex(org.maracdesk.security.Sha256.of(before)),
                housing.recordSha256(), "the stored record is the one written");
        assertEquals(List.of(), caseIn(housing, heardTwice).record().transfers());
        assertFalse(JsonMappers.lenient().writeValueAsString(housing).contains("transfers"),
                "nothing new in the content, so the copy hashes as before");
        assertFalse(text(housing).contains("MARAC transfers"));
    }

    private MinutesContent copy(String agency) {
        return vault.store().read(s -> new MinutesQuery().read(s, CaseScope.of(s, vault.sessions().current()),
                meeting, agency, null));
    }

    private static MinutesContent.MinutesCase caseIn(MinutesContent copy, long caseId) {
        return copy.cases().stream().filter(c -> c.caseId() == caseId).findFirst().orElseThrow();
    }

    private static String text(MinutesContent copy) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfReport pdf = new PdfReport("MARAC minutes", "FOOTER")) {
            MinutesDocument.render(copy, Map.of(), new AgencyNames(Map.of()), pdf);
            pdf.writeTo(bytes);
        }
        String shots = System.getProperty("marac.shots");
        if (shots != null && copy.recipientAgency() == null) {
            java.nio.file.Files.createDirectories(Path.of(shots));
            java.nio.file.Files.write(Path.of(shots, "minutes-transfers.pdf"), bytes.toByteArray());
        }
        try (PDDocument d = Loader.loadPDF(bytes.toByteArray())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    private String storedBody() {
        return vault.store().read(s -> s.createNativeQuery("select body from meeting_minutes where meeting_id = :m",
                String.class).setParameter("m", meeting).getSingleResult());
    }
}
