package org.maracdesk.casework.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingSlot;
import org.maracdesk.casework.meetings.MeetingCorrectionService.FieldChange;
import org.maracdesk.casework.meetings.MeetingCorrectionService.MeetingEdit;

/** A meeting edit checked as scheduling checks a new meeting, compared with the meeting and applied to it. */
final class MeetingFields {
    private final MeetingEdit e;
    private final String venue;
    private final String chair;
    private final List<TimeSlot> slots;

    private MeetingFields(MeetingEdit e, String venue, String chair, List<TimeSlot> slots) {
        this.e = e;
        this.venue = venue;
        this.chair = chair;
        this.slots = slots;
    }

    static MeetingFields checked(MeetingEdit e) {
        if (e.date() == null || e.cutOff() == null) {
            throw new IllegalArgumentException("a meeting needs a date and a referral cut-off date");
        }
        if (e.cutOff().isAfter(e.date())) {
            throw new IllegalArgumentException("the referral cut-off must be on or before the meeting date");
        }
        String venue = e.virtual() ? Text.optional(e.venue(), "venue", 200) : Text.required(e.venue(), "venue", 200);
        List<TimeSlot> slots = new ArrayList<>();
        for (TimeSlot t : e.slots() == null ? List.<TimeSlot>of() : e.slots()) {
            if (t.startsAt() == null || t.endsAt() == null || !t.endsAt().isAfter(t.startsAt())) {
                throw new IllegalArgumentException("the time slot for " + t.district() + " must end after it starts");
            }
            slots.add(new TimeSlot(Text.required(t.district(), "slot district", 120), t.startsAt(), t.endsAt()));
        }
        slots.sort(java.util.Comparator.comparing(TimeSlot::startsAt));
        return new MeetingFields(e, venue, Text.optional(e.chair(), "chair", 200), List.copyOf(slots));
    }

    List<FieldChange> differences(Session s, Meeting m) {
        List<FieldChange> out = new ArrayList<>();
        diff(out, "date", m.getMeetingDate(), e.date());
        diff(out, "venue", m.getVenue(), venue);
        diff(out, "virtual", m.isVirtual(), e.virtual());
        diff(out, "chair", m.getChairName(), chair);
        diff(out, "cutOff", m.getCutOff(), e.cutOff());
        diff(out, "slots", MeetingCorrectionService.slotsText(MeetingCorrectionService.slotsOf(s, m)),
                MeetingCorrectionService.slotsText(slots));
        return out;
    }

    private static void diff(List<FieldChange> out, String field, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            out.add(new FieldChange(field, was == null ? null : String.valueOf(was),
                    now == null ? null : String.valueOf(now)));
        }
    }

    void apply(Session s, Meeting m) {
        m.reschedule(e.date(), venue, e.virtual(), e.cutOff());
        m.setChairName(chair);
        List<TimeSlot> before = MeetingCorrectionService.slotsOf(s, m);
        if (!before.equals(slots)) {
            s.createMutationQuery("delete from MeetingSlot t where t.meeting = :m").setParameter("m", m)
                    .executeUpdate();
            for (TimeSlot t : slots) {
                s.persist(new MeetingSlot(m, t.district(), t.startsAt(), t.endsAt()));
            }
        }
    }
}
