package org.maracdesk.ui.caseview;

import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.maracdesk.casework.hub.HubRecords;

/**
 * The case's listings, newest meeting first, each with its meeting's record of the case: Show record opens
 * what the meeting wrote (the risks, the joint safety plan, the notes) under the line, Hide record closes it.
 */
final class ListingsSection extends RowsSection<HubRecords.Listing> {
    ListingsSection(CaseHub hub) {
        super(hub, "hub.listings", "hubListings");
    }

    @Override
    java.util.List<HubRecords.Listing> read(long caseId) {
        return hub.services().hub().listings(caseId);
    }

    @Override
    void fill() {
        frame.clear();
        for (HubRecords.Listing l : vm.rows()) {
            String text = messages.format("hub.listing.line", frame.date(l.meetingDate()),
                    l.district() == null ? "" : l.district(), messages.get(statusKey(l)))
                    + (l.repeat() ? " " + messages.get("caseview.risk.repeat") : "");
            VBox record = record(l);
            record.setVisible(false);
            record.setManaged(false);
            Button toggle = frame.button("hub.listing.show",
                    messages.format("hub.listing.show.accessible", frame.date(l.meetingDate())), () -> { });
            toggle.setOnAction(e -> {
                boolean open = !record.isVisible();
                record.setVisible(open);
                record.setManaged(open);
                toggle.setText(messages.get(open ? "hub.listing.hide" : "hub.listing.show"));
                toggle.setAccessibleText(messages.format(open ? "hub.listing.hide.accessible"
                        : "hub.listing.show.accessible", frame.date(l.meetingDate())));
            });
            Button go = goTo(l);
            frame.rows().getChildren().addAll(go == null ? frame.row(frame.line(text), toggle)
                    : frame.row(frame.line(text), toggle, go), record);
        }
    }

    /**
     * Go to meeting: the listing's meeting in the Meetings area, for those who see meetings' agendas (the area
     * checks again); none for a cancelled meeting, which the area no longer lists.
     */
    private Button goTo(HubRecords.Listing l) {
        if (hub.services().openMeeting() == null || !hub.allows(org.maracdesk.security.Permission.VIEW_AGENDA_CASES)
                || l.meetingStatus() == org.maracdesk.casework.MeetingStatus.CANCELLED) {
            return null;
        }
        Button go = frame.button("hub.listing.goTo", messages.format("hub.listing.goTo.accessible",
                frame.date(l.meetingDate())), () -> hub.services().openMeeting().accept(l.meetingId(), l.meetingDate()));
        go.getStyleClass().add("hub-go-to-meeting");
        return go;
    }

    private VBox record(HubRecords.Listing l) {
        VBox box = new VBox(4);
        box.getStyleClass().add("hub-record");
        box.setPadding(new javafx.geometry.Insets(0, 0, 4, 24));
        if (!l.hasRecord()) {
            box.getChildren().add(frame.line(messages.get("hub.listing.nothing")));
        }
        field(box, "hub.record.risksToVictim", l.risksToVictim());
        field(box, "hub.record.risksToChildren", l.risksToChildren());
        field(box, "hub.record.risksToOthers", l.risksToOthers());
        field(box, "hub.record.risksFromPerpetrator", l.risksFromPerpetrator());
        field(box, "hub.record.safetyPlan", l.safetyPlan());
        field(box, "hub.record.notes", l.notes());
        return box;
    }

    private void field(VBox box, String key, String value) {
        if (value != null) {
            box.getChildren().add(frame.line(messages.format(key, value.strip())));
        }
    }

    static String statusKey(HubRecords.Listing l) {
        return switch (l.meetingStatus()) {
            case SCHEDULED -> "hub.meeting.scheduled";
            case CLOSED -> "hub.meeting.closed";
            case CANCELLED -> "hub.meeting.cancelled";
        };
    }
}
