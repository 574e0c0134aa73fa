package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.ActionDetails;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.actions.ActionCorrectionService;
import org.maracdesk.casework.actions.ActionEdit;
import org.maracdesk.casework.actions.ActionPage;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.casework.actions.ActionTrackingService;
import org.maracdesk.casework.actions.ActionTypeService;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.casework.actions.TypeActionCount;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/**
 * Action types as data and flags as markers (issue 16), on both stores: the seeded list, an action agreed with a
 * type and its details, a type corrected after the meeting with the old values kept, the coordinator's changes to
 * the list, the Actions list filtered by type, overdue actions counted by type, and the referral's flags on the
 * case, the agenda and the meeting record.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ActionTypesTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long openMeeting;
    private long closedMeeting;
    private long caseId;
    private long listing;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        closedMeeting = vault.meeting(TODAY.minusDays(14), TODAY.minusDays(21), MeetingStatus.CLOSED);
        openMeeting = vault.meeting(TODAY, TODAY.minusDays(7), MeetingStatus.SCHEDULED);
        caseId = vault.acceptedCase(TODAY.minusDays(30), 1);
        listing = vault.list(openMeeting, caseId, 1);
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private ActionTypeService types() {
        return new ActionTypeService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK));
    }

    private ActionTrackingService tracking() {
        return new ActionTrackingService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK),
                MeetingVault.CLOCK);
    }

    private ActionCorrectionService corrections() {
        return new ActionCorrectionService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK),
                MeetingVault.CLOCK);
    }

    @Test
    void theSeededTypesAreThoseAMaracReportsOnAndAnUntypedActionIsOther() {
        assertEquals(List.of("Safeguarding referral", "Operation Encompass notification", "Flag and tag marker",
                "Target hardening", "Housing move", "Civil order", "Domestic Violence Disclosure Scheme disclosure",
                "Other"), types().types().stream().map(ActionTypeView::name).toList());
        long id = vault.action(closedMeeting, caseId, "Fit a door alarm");
        ActionRow row = tracking().action(id);
        assertEquals("OTHER", row.typeCode());
        assertEquals("Other", row.typeName());
        assertNull(row.detailText());
    }

    @Test
    void anActionAgreedAtTheMeetingKeepsItsTypeAndOnlyTheDetailsItsTypeHas() {
        MeetingRecordService record = vault.record();
        long id = record.addAction(listing, "education", "DSL", ActionTarget.CHILD, "Tell the school",
                TODAY.plusDays(2), "operation_encompass", " Wyvern Park Primary School ", TODAY.plusDays(1));
        ActionRow row = tracking().action(id);
        assertEquals("OPERATION_ENCOMPASS", row.typeCode());
        assertEquals("Operation Encompass notification", row.typeName());
        assertEquals("Wyvern Park Primary School", row.detailText());
        assertEquals(TODAY.plusDays(1), row.detailDate());
        ActionLine line = record.view(openMeeting).cases().get(0).actions().get(0);
        assertEquals(List.of("Operation Encompass notification"), new CaseViewService(vault.sessions(), vault.sessions(),
                new AuditLog(MeetingVault.CLOCK)).open(caseId).actions().stream()
                .map(org.maracdesk.casework.CaseDetail.ActionLine::typeName).toList(), "the case screen's own list");
        assertEquals("OPERATION_ENCOMPASS", line.typeCode());
        assertEquals("Wyvern Park Primary School", line.detailText());

        record.updateAction(id, ActionField.TYPE, "DVDS_DISCLOSURE");
        row = tracking().action(id);
        assertEquals("DVDS_DISCLOSURE", row.typeCode());
        assertNull(row.detailText(), "a disclosure has a date but no school");
        assertEquals(TODAY.plusDays(1), row.detailDate());
        record.updateAction(id, ActionField.TYPE_DATE, "2026-11-30");
        assertEquals(java.time.LocalDate.of(2026, 11, 30), tracking().action(id).detailDate());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> record.updateAction(id, ActionField.TYPE, "pizza"));
        assertTrue(unknown.getMessage().contains("operation_encompass"), "the message lists the types in use");
        assertThrows(IllegalArgumentException.class, () -> record.updateAction(id, ActionField.TYPE_DATE, "30/11"));
        assertEquals("DVDS_DISCLOSURE", tracking().action(id).typeCode(), "nothing half-written");
        long other = record.addAction(listing, "police", null, ActionTarget.VICTIM, "Visit", null);
        assertEquals("OTHER", tracking().action(other).typeCode());
    }

    @Test
    void aTypeCorrectedAfterTheMeetingKeepsTheOldValuesWithTheReason() {
        long id = vault.action(closedMeeting, caseId, "Apply for a non-molestation order");
        ActionCorrectionService service = corrections();
        ActionRow a = service.forEdit(id).action();
        ActionRow after = service.edit(new ActionEdit(id, a.version(), a.agencyCode(), a.ownerName(), a.target(),
                a.description(), a.dueDate(), "Typed after the meeting", "CIVIL_ORDER", "Non-molestation order",
                TODAY.minusDays(2)));
        assertEquals("CIVIL_ORDER", after.typeCode());
        assertEquals("Non-molestation order", after.detailText());
        List<ChangeHistory.Line> history = service.changes(id);
        assertEquals(List.of("type", "typeDetail", "typeDate"), history.stream().map(ChangeHistory.Line::field)
                .toList());
        assertEquals("OTHER", history.get(0).oldValue());
        assertEquals("CIVIL_ORDER", history.get(0).newValue());
        assertTrue(history.stream().allMatch(l -> "Typed after the meeting".equals(l.reason())));
        ActionRow kept = service.edit(new ActionEdit(id, after.version(), a.agencyCode(), a.ownerName(), a.target(),
                "Apply for a non-molestation order now", a.dueDate(), "Wording"));
        assertEquals("CIVIL_ORDER", kept.typeCode(), "an edit that names no type keeps it");
    }

    @Test
    void theCoordinatorExtendsRenamesAndRetiresTypesAndOthersCannot() throws Exception {
        ActionTypeService service = types();
        ActionTypeView sanctuary = service.add("Sanctuary scheme referral", ActionDetails.DATE);
        assertEquals("SANCTUARY_SCHEME_REFERRAL", sanctuary.code());
        assertEquals("Other", service.activeTypes().get(service.activeTypes().size() - 1).name(),
                "a new type goes before Other");
        assertThrows(IllegalArgumentException.class, () -> service.add(" sanctuary SCHEME referral ",
                ActionDetails.NONE), "one name once");
        assertThrows(IllegalArgumentException.class, () -> service.add("  ", ActionDetails.NONE));
        assertThrows(IllegalArgumentException.class, () -> service.change("OTHER", "Other", ActionDetails.NONE,
                false), "Other is never retired");

        long typed = vault.record().addAction(listing, "housing", null, ActionTarget.VICTIM, "Sanctuary",
                null, "SANCTUARY_SCHEME_REFERRAL", null, null);
        ActionTypeView retired = service.change("SANCTUARY_SCHEME_REFERRAL", "Sanctuary referral", ActionDetails.DATE,
                false);
        assertFalse(retired.active());
        assertFalse(service.activeTypes().contains(retired));
        assertEquals("Sanctuary referral", tracking().action(typed).typeName(), "the action keeps its type");
        assertThrows(IllegalArgumentException.class, () -> vault.record().addAction(listing, "housing", null,
                ActionTarget.VICTIM, "Another", null, "SANCTUARY_SCHEME_REFERRAL", null, null),
                "a retired type is not given to a new action");
        vault.record().updateAction(typed, ActionField.DESCRIPTION, "Sanctuary scheme");
        assertEquals("SANCTUARY_SCHEME_REFERRAL", tracking().action(typed).typeCode());
        long audited = vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.entityType = 'action_type'", Long.class).getSingleResult());
        assertEquals(2, audited);

        vault.as("police");
        assertEquals(9, types().types().size(), "everyone reads the list");
        assertThrows(NotPermittedException.class, () -> types().add("Police marker", ActionDetails.NONE));
        assertThrows(NotPermittedException.class, () -> types().change("OTHER", "Misc", ActionDetails.NONE, true));
    }

    @Test
    void theActionsListFiltersByTypeAndReportsCountOverdueActionsByType() throws Exception {
        MeetingRecordService record = vault.record();
        record.addAction(listing, "police", null, ActionTarget.VICTIM, "Flag the address", TODAY.minusDays(1),
                "FLAG_AND_TAG", null, null);
        record.addAction(listing, "housing", null, ActionTarget.VICTIM, "Flag the tenancy", TODAY.plusDays(5),
                "FLAG_AND_TAG", null, null);
        record.addAction(listing, "police", null, ActionTarget.VICTIM, "Door alarm", TODAY.minusDays(3),
                "TARGET_HARDENING", null, null);
        vault.action(closedMeeting, caseId, "Visit");
        ActionTrackingService service = tracking();
        ActionPage flags = service.page(new ActionPage.Request(ActionPage.Kind.OPEN, 0, 50, "FLAG_AND_TAG"));
        assertEquals(2, flags.total());
        assertEquals(1, flags.overdue());
        assertTrue(flags.rows().stream().allMatch(r -> r.typeCode().equals("FLAG_AND_TAG")));
        assertEquals(4, service.page(new ActionPage.Request(ActionPage.Kind.OPEN, 0, 50)).total());

        List<TypeActionCount> byType = service.overdueByType();
        assertEquals(List.of(new TypeActionCount("FLAG_AND_TAG", "Flag and tag marker", 2, 1),
                new TypeActionCount("TARGET_HARDENING", "Target hardening", 1, 1),
                new TypeActionCount("OTHER", "Other", 1, 0)), byType);
        long independent = vault.store().read(s -> s.createNativeQuery("select count(*) from action_item"
                + " where type_code = 'FLAG_AND_TAG' and status = 'OPEN' and due_date < date '" + TODAY + "'",
                Long.class).getSingleResult());
        assertEquals(independent, byType.get(0).overdue());
        vault.as("police");
        assertEquals(List.of(new TypeActionCount("FLAG_AND_TAG", "Flag and tag marker", 1, 1),
                new TypeActionCount("TARGET_HARDENING", "Target hardening", 1, 1),
                new TypeActionCount("OTHER", "Other", 1, 0)), tracking().overdueByType(),
                "an agency counts its own actions");
    }

    @Test
    void theReferralsFlagsAreMarkedOnTheCaseTheAgendaAndTheMeetingRecord() {
        vault.store().doInTransaction(s -> {
            Referral r = s.createSelectionQuery("from Referral r where r.maracCase.id = :c", Referral.class)
                    .setParameter("c", caseId).getSingleResult();
            r.setFlags(EnumSet.of(ReferralFlag.RURAL, ReferralFlag.PETS));
            r.setTransfer(true, null);
        });
        AgendaItem item = vault.agenda().agenda(openMeeting).cases().get(0);
        assertEquals(List.of(ReferralFlag.PETS, ReferralFlag.RURAL), item.flags());
        assertTrue(item.transferIn());
        assertEquals(List.of(ReferralFlag.PETS, ReferralFlag.RURAL),
                vault.record().view(openMeeting).cases().get(0).listing().flags());
        CaseDetail detail = new CaseViewService(vault.sessions(), vault.sessions(), new AuditLog(MeetingVault.CLOCK))
                .open(caseId);
        assertEquals(List.of(ReferralFlag.PETS, ReferralFlag.RURAL), detail.flags());
        assertTrue(detail.transferIn());
        long other = vault.acceptedCase(TODAY.minusDays(20), 0);
        assertEquals(List.of(), new CaseViewService(vault.sessions(), vault.sessions(),
                new AuditLog(MeetingVault.CLOCK)).open(other).flags());
    }
}
