package org.maracdesk.ui.cases;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.SafeContactService;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.ui.caseview.CaseDetailView;
import org.maracdesk.ui.caseview.CaseDetailViewModel;
import org.maracdesk.ui.caseview.SharingListViewModel;
import org.maracdesk.ui.common.ErrorHandler;
import org.maracdesk.ui.common.Fxml;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.TaskExecutor;
import org.maracdesk.ui.common.ViewLoader;

/** The Cases area: the list, and a case's detail in its place; back returns to the list with its focus. */
public final class CasesArea {
    private final CaseQueryService caseQueries;
    private final CaseViewService caseViews;
    private final MustNotReceiveService mustNotReceive;
    private final SafeContactService safeContacts;
    private final org.maracdesk.casework.CaseClosureService closures;
    private final org.maracdesk.casework.PersonCorrectionService personCorrections;
    private final ViewLoader views;
    private final Messages messages;
    private final TaskExecutor executor;
    private final ErrorHandler errors;
    private final org.maracdesk.casework.people.PersonMergeService merges;
    private org.maracdesk.casework.ProfessionalsMeetingService professionalsMeetings;
    private org.maracdesk.casework.transfers.CaseTransferService transfers;
    private org.maracdesk.ui.common.LiveRefresh live = org.maracdesk.ui.common.LiveRefresh.none();
    private org.maracdesk.casework.children.ChildRecordService childRecords;
    private org.maracdesk.ui.caseview.CaseHub.Services hub;

    public CasesArea(CaseQueryService caseQueries, CaseViewService caseViews, MustNotReceiveService mustNotReceive,
                     SafeContactService safeContacts, org.maracdesk.casework.CaseClosureService closures,
                     org.maracdesk.casework.PersonCorrectionService personCorrections,
                     ViewLoader views, Messages messages, TaskExecutor executor, ErrorHandler errors,
                     org.maracdesk.casework.people.PersonMergeService merges) {
        this.merges = merges;
        this.safeContacts = safeContacts;
        this.closures = closures;
        this.personCorrections = personCorrections;
        this.caseQueries = caseQueries;
        this.caseViews = caseViews;
        this.mustNotReceive = mustNotReceive;
        this.views = views;
        this.messages = messages;
        this.executor = executor;
        this.errors = errors;
    }

    /** The case screen's professionals' meetings section (issue 16, decision 0049); without it there is none. */
    public CasesArea withProfessionalsMeetings(org.maracdesk.casework.ProfessionalsMeetingService service) {
        this.professionalsMeetings = service;
        return this;
    }

    /** The case screen's transfers between MARACs (issue 16, decision 0068); without it there is none. */
    public CasesArea withTransfers(org.maracdesk.casework.transfers.CaseTransferService service) {
        this.transfers = service;
        return this;
    }

    /** Other desks' changes to cases and referrals reload the open case list on a shared server (decision 0050). */
    public CasesArea following(org.maracdesk.ui.common.LiveRefresh changes) {
        this.live = changes;
        return this;
    }

    /** Each child's own record on the case screen (issue 16, decision 0047). */
    public CasesArea withChildren(org.maracdesk.casework.children.ChildRecordService children) {
        this.childRecords = children;
        return this;
    }

    /** The case screen as the hub: its sections and commands read through these (decision 0045). */
    public CasesArea withHub(org.maracdesk.ui.caseview.CaseHub.Services services) {
        this.hub = services;
        return this;
    }

    public Parent view(AccountInfo who) {
        CaseListViewModel vm = new CaseListViewModel(caseQueries, executor, errors, messages,
                PermissionMatrix.allows(who.role(), Permission.VIEW_ALL_CASES));
        Parent[] shown = new Parent[1];
        if (merges != null && PermissionMatrix.allows(who.role(), Permission.DECIDE_REFERRALS)) {
            vm.setOnDuplicates(() -> new org.maracdesk.ui.people.DuplicatesDialog(new org.maracdesk.ui.people
                    .DuplicatesViewModel(merges, executor, errors, messages), messages)
                    .show(shown[0].getScene().getWindow(), vm::load));
        }
        CaseListView listView = new CaseListView(vm, messages);
        Parent list = views.load(Fxml.CASE_LIST_VIEW, listView);
        shown[0] = list;
        live.whileShown(list, java.util.Set.of(org.maracdesk.casework.live.ChangeKind.CASES), listView::refreshLive);
        StackPane holder = new StackPane(list);
        vm.setOnOpen(c -> holder.getChildren().setAll(caseDetail(who, c.id(), () -> {
            holder.getChildren().setAll(list);
            Node table = list.lookup(".table-view");
            if (table != null) {
                table.requestFocus();
            }
        })));
        return holder;
    }

    /**
     * One case's screen (also opened from Find a person). The sharing (must-not-receive) list only
     * for those who decide referrals; the service checks again.
     */
    public Parent caseDetail(AccountInfo who, long caseId, Runnable back) {
        boolean coordinator = PermissionMatrix.allows(who.role(), Permission.DECIDE_REFERRALS);
        CaseDetailViewModel vm = new CaseDetailViewModel(caseViews, safeContacts, coordinator ? closures : null,
                executor, errors, messages, back);
        SharingListViewModel sharing = coordinator
                ? new SharingListViewModel(mustNotReceive, executor, errors, messages) : null;
        org.maracdesk.ui.caseview.PeopleViewModel correcting = new org.maracdesk.ui.caseview.PeopleViewModel(
                personCorrections, coordinator, executor, errors, messages);
        Parent view = views.load(Fxml.CASE_DETAIL_VIEW, new CaseDetailView(vm, sharing, correcting,
                hub == null ? null : new org.maracdesk.ui.caseview.CaseHub(hub, who, executor, errors, messages), messages));
        org.maracdesk.ui.caseview.ReferralCircumstancesSection.into(view, caseViews, executor, errors, messages, caseId);
        if (childRecords != null) {
            new org.maracdesk.ui.caseview.ChildrenSection(new org.maracdesk.ui.caseview.ChildrenViewModel(childRecords,
                    coordinator, executor, errors, messages), messages, childRecords::today).attachTo(view, vm.detailProperty());
        }
        if (professionalsMeetings != null) {
            org.maracdesk.ui.caseview.ProfessionalsMeetingsSection.addTo(view, new org.maracdesk.ui.caseview
                    .ProfessionalsMeetingsViewModel(professionalsMeetings, executor, errors, messages, caseId), messages);
        }
        if (transfers != null) {
            org.maracdesk.ui.caseview.TransfersSection.addTo(view, new org.maracdesk.ui.caseview.TransfersViewModel(
                    transfers, executor, errors, messages, caseId), messages);
        }
        vm.open(caseId);
        return view;
    }
}
