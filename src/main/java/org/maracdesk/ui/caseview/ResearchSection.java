package org.maracdesk.ui.caseview;

import javafx.scene.control.Label;
import org.maracdesk.casework.hub.HubRecords;

/**
 * Research by agency for the case: under each agency, each meeting's research with its facts and its
 * professional opinion on separate lines, never run together; research not yet submitted says so.
 */
final class ResearchSection extends RowsSection<HubRecords.Research> {
    ResearchSection(CaseHub hub) {
        super(hub, "hub.research", "hubResearch");
    }

    @Override
    java.util.List<HubRecords.Research> read(long caseId) {
        return hub.services().hub().research(caseId);
    }

    @Override
    void fill() {
        frame.clear();
        String agency = null;
        for (HubRecords.Research r : vm.rows()) {
            if (!r.agencyCode().equals(agency)) {
                agency = r.agencyCode();
                Label heading = frame.stop(r.agencyName());
                heading.getStyleClass().add("hub-agency");
                frame.rows().getChildren().add(heading);
            }
            StringBuilder text = new StringBuilder(messages.format(r.submitted() ? "hub.research.submitted"
                    : "hub.research.pending", frame.date(r.meetingDate())));
            text.append('\n').append(messages.format("hub.research.facts",
                    r.facts() == null ? messages.get("hub.research.empty") : r.facts().strip()));
            text.append('\n').append(messages.format("hub.research.opinion",
                    r.opinion() == null ? messages.get("hub.research.empty") : r.opinion().strip()));
            Label entry = frame.line(text.toString());
            entry.getStyleClass().add("hub-indented");
            entry.setPadding(new javafx.geometry.Insets(0, 0, 4, 24));
            frame.rows().getChildren().add(entry);
        }
    }
}
