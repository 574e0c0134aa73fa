package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.PresentFor;
import org.maracdesk.casework.actions.ActionChange;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.meetings.CaseField;
import org.maracdesk.casework.meetings.MeetingRecordService;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.casework.meetings.MinutesRecords;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.ExportRecord;
import org.maracdesk.store.StoreKind;

/**
 * Minutes frozen at close (decision 0033), on both stores: copies are made from the record written at close, not
 * from the live tables; re-closing makes version 2 and the register shows who holds version 1; an agency's copy
 * holds only the cases it was asked about, present for or holds an action on.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class FrozenMinutesTest {
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long meeting;
    private long adultCase;
    private long childrenCase;
    private long policeAction;

    @BeforeEach
    void aMeetingWithAChildrensCaseAndAnAdultCase() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        vault.sessions().addAccount("csc", "csc", org.maracdesk.security.Role.AGENCY_REPRESENTATIVE, "csc");
        meeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        childrenCase = vault.acceptedCase(TODAY.minusDays(10), 2);
        adultCase = vault.acceptedCase(TODAY.minusDays(9), 0);
        vault.list(meeting, childrenCase, 1);
        vault.list(meeting, adultCase, 2);
        MeetingRecordService record = vault.record();
        record.signIn(meeting, AttendanceKind.ATTENDEE, "police", "PC Test Officer", false);
        record.signIn(meeting, AttendanceKind.ATTENDEE, "csc", "Test Social Worker", false, PresentFor.CHILDREN,
                null, null);
        record.signIn(meeting, AttendanceKind.APOLOGY, "housing", null, true);
        var cases = record.view(meeting).cases();
        record.saveCaseField(cases.get(0).listing().listingId(), CaseField.SAFETY_PLAN, "Sanctuary scheme");
        record.saveCaseField(cases.get(1).listing().listingId(), CaseField.RISKS_TO_VICTIM, "Threats to kill");
        policeAction = record.addAction(cases.get(1).listing().listingId(), "police", "PC Test Officer",
                org.maracdesk.casework.ActionTarget.PERPETRATOR, "Flag the address for an urgent response",
                TODAY.plusDays(14));
        record.saveMeetingField(meeting, org.maracdesk.casework.meetings.MeetingField.ANY_OTHER_BUSINESS,
                "Training on the new referral form");
        record.close(meeting);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private MinutesContent copy(String agency, Integer version) {
        return vault.store().read(s -> new MinutesQuery().read(s, CaseScope.of(s, vault.sessions().current()),
                meeting, agency, version));
    }

    /** The copy as a PDF's text, without the footer (which names who exported it and when). */
    private static String text(MinutesContent copy) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfReport pdf = new PdfReport("MARAC minutes", "FOOTER")) {
            MinutesDocument.render(copy, Map.of(), new AgencyNames(Map.of()), pdf);
            pdf.writeTo(bytes);
        }
        try (PDDocument d = Loader.loadPDF(bytes.toByteArray())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void minutesMadeBeforeAndAfterAnActionIsUpdatedAreTheSameTextAndHash() throws Exception {
        MinutesContent before = copy(null, null);
        MinutesContent policeBefore = copy("police", null);
        String text = text(before);
        // table cells wrap where they wrap: the action's words are read with spaces for line breaks
        assertTrue(text.replaceAll("\\s+", " ").contains("Flag the address for an urgent response"));
        assertTrue(text.contains("Training on the new referral form"), "any other business");
        assertTrue(text.contains("Threats to kill"), "the risks identified");

        ActionTrackingService actions = new ActionTrackingService(vault.sessions(), vault.sessions(),
                new AuditLog(CLOCK), CLOCK);
        int version = actions.action(policeAction).version();
        actions.update(new ActionChange(policeAction, version, ActionStatus.DONE, TODAY, null));
        assertEquals(ActionStatus.DONE, actions.action(policeAction).status(), "the live action changed");

        MinutesContent after = copy(null, null);
        assertEquals(before.contentSha256(), after.contentSha256());
        assertEquals(text, text(after));
        assertEquals(policeBefore.contentSha256(), copy("police", null).contentSha256());
        assertEquals(text(policeBefore), text(copy("police", null)));
        assertEquals(1, after.version());
        assertNull(after.supersedes());
    }

    @Test
    void aChildrensAgencyPresentOnlyForTheChildrensCasesGetsOnlyThose() {
        MinutesContent csc = copy("csc", null);
        assertEquals(List.of(childrenCase), csc.cases().stream().map(MinutesContent.MinutesCase::caseId).toList());
        assertEquals(List.of(MinutesContent.Reason.PRESENT), csc.cases().get(0).reasons());
        assertEquals(0, csc.withheld());

        MinutesContent police = copy("police", null);
        assertEquals(List.of(childrenCase, adultCase), police.cases().stream()
                .map(MinutesContent.MinutesCase::caseId).toList(), "present for the whole meeting");
        assertEquals(List.of(MinutesContent.Reason.PRESENT, MinutesContent.Reason.HOLDS_ACTION),
                police.cases().get(1).reasons());
        assertEquals(List.of(), copy("housing", null).cases(), "apologies: no case, no action, no research");
    }

    @Test
    void reopeningAndClosingAgainMakesVersionTwoAndTheOlderVersionCanStillBeCopied() throws Exception {
        MinutesContent first = copy("police", null);
        vault.corrections().reopen(meeting, "Safety plan recorded against the wrong case");
        long listing = vault.record().view(meeting).cases().get(0).listing().listingId();
        vault.record().saveCaseField(listing, CaseField.SAFETY_PLAN, "Refuge place found");
        vault.record().close(meeting);

        MinutesContent second = copy("police", null);
        assertEquals(2, second.version());
        assertEquals(1, second.supersedes());
        assertEquals("Safety plan recorded against the wrong case", second.reason());
        assertNotEquals(first.contentSha256(), second.contentSha256());
        String text = text(second).replaceAll("\\s+", " ");
        assertTrue(text.contains("supersedes version 1"), text);
        assertTrue(text.contains("Refuge place found"));

        MinutesContent older = copy("police", 1);
        assertEquals(first.contentSha256(), older.contentSha256(), "version 1 is copied as it was");
        assertTrue(text(older).contains("Sanctuary scheme"));
        assertThrows(IllegalArgumentException.class, () -> copy("police", 3));

        // the register: police got version 1, housing version 2; police hold a superseded version
        vault.store().doInTransaction(s -> {
            register(s, "police", 1, first.contentSha256());
            register(s, "housing", 2, second.contentSha256());
        });
        MinutesCopies copies = new MinutesCopies(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK);
        List<MinutesCopies.Holder> holders = copies.holders(meeting);
        assertEquals(Set.of("police"), holders.stream().filter(MinutesCopies.Holder::superseded)
                .map(MinutesCopies.Holder::recipient).collect(java.util.stream.Collectors.toSet()));
        MinutesCopies.Outline outline = copies.preview(meeting, null);
        assertEquals(2, outline.version());
        assertEquals(1, outline.earlier().size());
        assertEquals(outline.sha256(), vault.store().read(s -> MinutesRecords.read(s,
                CaseScope.of(s, vault.sessions().current()), meeting, null)).sha256());
        String childrenRef = vault.store().read(s -> s.get(org.maracdesk.casework.MaracCase.class, childrenCase)
                .getReference());
        assertEquals(List.of(childrenRef), outline.copies().stream().filter(c -> c.agency().equals("csc")).findFirst()
                .orElseThrow().cases().stream().map(MinutesCopies.CaseLine::reference).toList());
    }

    private void register(org.hibernate.Session s, String agency, int version, String sha) {
        // as ExportService.record writes it after a file is written
        ExportRecord r = new ExportRecord(CLOCK.instant(), "coordinator", "minutes", "meeting " + meeting, agency,
                "pdf", true, "0".repeat(64));
        r.minutesCopy(meeting, version, sha);
        s.persist(r);
    }

    @Test
    void closingRecordsTheRecordsHashInTheAuditTrailAndAMustNotReceiveEntryStillApplies() {
        String sha = vault.store().read(s -> MinutesRecords.read(s, CaseScope.of(s, vault.sessions().current()),
                meeting, null)).sha256();
        assertEquals(Long.valueOf(1), vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.entityType = 'minutes-record' and e.detailDigest = :sha", Long.class)
                .setParameter("sha", sha).getSingleResult()));
        vault.store().doInTransaction(s -> s.persist(new org.maracdesk.casework.MustNotReceive(
                s.get(org.maracdesk.casework.MaracCase.class, childrenCase), null,
                org.maracdesk.casework.Agency.CHILDRENS_SOCIAL_CARE, null, "Perpetrator works there", TODAY)));
        MinutesContent csc = copy("csc", null);
        assertEquals(List.of(), csc.cases());
        assertEquals(1, csc.withheld());
        assertFalse(csc.cases().stream().anyMatch(c -> c.caseId() == childrenCase));
    }
}
