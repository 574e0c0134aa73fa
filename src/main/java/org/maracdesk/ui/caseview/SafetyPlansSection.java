package org.maracdesk.ui.caseview;

import org.maracdesk.casework.hub.HubRecords;

/** The joint safety plans the case's meetings agreed, newest first; each plan is one line keyboard users can stop on. */
final class SafetyPlansSection extends RowsSection<HubRecords.Listing> {
    SafetyPlansSection(CaseHub hub) {
        super(hub, "hub.safetyPlans", "hubSafetyPlans");
    }

    @Override
    java.util.List<HubRecords.Listing> read(long caseId) {
        return hub.services().hub().listings(caseId).stream().filter(l -> l.safetyPlan() != null).toList();
    }

    @Override
    void fill() {
        frame.clear();
        for (HubRecords.Listing l : vm.rows()) {
            frame.rows().getChildren().add(frame.stop(messages.format("hub.safetyPlan.line",
                    frame.date(l.meetingDate()), l.safetyPlan().strip())));
        }
    }
}
