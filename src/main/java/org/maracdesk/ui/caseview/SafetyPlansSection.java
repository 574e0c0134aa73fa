package org.maracdesk.ui.caseview;

import javafx.scene.Node;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.casework.hub.HubRecords;
import org.maracdesk.ui.common.Messages;

/** The joint safety plans the case's meetings agreed, newest first; each plan is one line keyboard users can stop on. */
final class SafetyPlansSection implements CaseSection {
    private final CaseHub hub;
    private final Messages messages;
    private final CaseSectionViewModel<HubRecords.Listing> vm;
    private final SectionFrame frame;

    SafetyPlansSection(CaseHub hub) {
        this.hub = hub;
        this.messages = hub.messages();
        this.vm = hub.rows();
        this.frame = new SectionFrame(messages, "hub.safetyPlans", "hubSafetyPlans", vm);
        vm.rows().addListener((javafx.collections.ListChangeListener<HubRecords.Listing>) c -> fill());
    }

    @Override
    public Node node() {
        return frame.node();
    }

    @Override
    public void show(CaseDetail detail) {
        long caseId = detail.id();
        vm.load(() -> hub.services().hub().listings(caseId).stream().filter(l -> l.safetyPlan() != null).toList());
    }

    private void fill() {
        frame.clear();
        for (HubRecords.Listing l : vm.rows()) {
            frame.rows().getChildren().add(frame.stop(messages.format("hub.safetyPlan.line",
                    frame.date(l.meetingDate()), l.safetyPlan().strip())));
        }
    }
}
