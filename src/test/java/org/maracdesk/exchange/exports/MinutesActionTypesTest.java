package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
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
import org.maracdesk.casework.ActionDetails;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.actions.ActionTypeService;
import org.maracdesk.casework.meetings.FrozenMinutes;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;

/**
 * Action types in the frozen minutes record (decision 0041), on both stores: a record written at close carries
 * each action's type as the meeting knew it (a later rename does not change it) and the minutes' action tables
 * show it; a record of format 2, written before types were frozen, is still read and printed as it was, without
 * a type column and with the content JSON (so the copy's hash) it always had.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class MinutesActionTypesTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long meeting;

    @BeforeEach
    void aClosedMeetingWithATypedAction() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        vault.list(meeting, vault.acceptedCase(TODAY.minusDays(10), 1), 1);
        vault.record().signIn(meeting, AttendanceKind.ATTENDEE, "police", "PC Test Officer", false);
        long listing = vault.record().view(meeting).cases().get(0).listing().listingId();
        vault.record().addAction(listing, "police", "PC Test Officer", ActionTarget.CHILD,
                "Tell the school's safeguarding lead", TODAY.plusDays(7), "OPERATION_ENCOMPASS",
                "Northbridge Primary", TODAY.minusDays(1));
        vault.record().addAction(listing, "police", "PC Test Officer", ActionTarget.PERPETRATOR,
                "Flag the address for an urgent response", TODAY.plusDays(14));
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
    void theRecordKeepsEachActionsTypeAsTheMeetingKnewItAndTheTablesShowIt() throws Exception {
        new ActionTypeService(vault.sessions(), vault.sessions(), new AuditLog(java.time.Clock.systemUTC()))
                .change("OPERATION_ENCOMPASS", "Encompass (renamed later)", ActionDetails.SCHOOL_AND_DATE, true);
        MinutesContent police = copy("police");
        FrozenMinutes.Action encompass = police.cases().get(0).actions().stream()
                .filter(a -> a.description().startsWith("Tell the school")).findFirst().orElseThrow();
        assertEquals(new FrozenMinutes.ActionKind("OPERATION_ENCOMPASS", "Operation Encompass notification",
                "Northbridge Primary", TODAY.minusDays(1)), encompass.type());
        FrozenMinutes.Action other = police.cases().get(0).actions().stream()
                .filter(a -> a.description().startsWith("Flag")).findFirst().orElseThrow();
        assertEquals("Other", other.type().name(), "an action agreed without a type is of type Other");
        assertEquals(FrozenMinutes.FORMAT, JsonMappers.lenient().readTree(storedBody()).path("format").asInt());
        String text = text(police);
        assertTrue(text.contains("Type"), "the action table has a type column");
        assertTrue(text.contains("Operation Encompass notification (Northbridge Primary; " + TODAY.minusDays(1) + ")"),
                text);
        assertFalse(text.contains("renamed later"), "a later rename does not change the minutes");
    }

    @Test
    void aRecordWrittenBeforeActionTypesStillRendersWithoutATypeColumnAndHashesAsBefore() throws Exception {
        String before = toFormatTwo(storedBody());
        vault.store().doInTransaction(s -> s.createNativeMutationQuery(
                "update meeting_minutes set body = :b where meeting_id = :m").setParameter("b", before)
                .setParameter("m", meeting).executeUpdate());
        MinutesContent police = copy("police");
        assertEquals(2, police.cases().get(0).actions().size());
        police.cases().get(0).actions().forEach(a -> assertNull(a.type()));
        String json = JsonMappers.lenient().writeValueAsString(police);
        assertFalse(json.contains("\"type\""), "no type in the content, so the copy's hash is the one it had: " + json);
        String text = text(police);
        assertTrue(text.contains("Tell the school's safeguarding lead"), text);
        assertFalse(text.contains("Operation Encompass"), text);
        assertFalse(text.matches(".*\\bType\\b.*"), "no type column: " + text);
    }

    /** The stored body as release 2 of the record wrote it: format 2, no action types. */
    private static String toFormatTwo(String body) throws Exception {
        JsonNode root = JsonMappers.lenient().readTree(body);
        ((ObjectNode) root).put("format", 2);
        for (JsonNode c : root.path("minutes").path("cases")) {
            for (String list : new String[] {"actions", "openEarlier"}) {
                for (JsonNode a : c.path(list)) {
                    ((ObjectNode) a).remove("type");
                }
            }
        }
        for (JsonNode r : root.path("minutes").path("review")) {
            ((ObjectNode) r).remove("type");
        }
        String out = JsonMappers.lenient().writeValueAsString(root);
        assertFalse(out.contains("\"type\""), out);
        return out;
    }
}
