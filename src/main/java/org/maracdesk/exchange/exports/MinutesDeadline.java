package org.maracdesk.exchange.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.settings.Timescales;

/**
 * When a meeting's minutes are due and whether they went on time (issue 16, decision 0059): the minutes are due
 * {@link Timescales#minutesWithinDays()} working days after the meeting; they went late when the first copy in the
 * export register was made after that day, and are overdue while none has been made and the day has passed.
 * Meeting dates, agency codes and register times only: no case data.
 *
 * @param firstSent the day the first copy was made, null when none yet
 */
public record MinutesDeadline(long meetingId, LocalDate meetingDate, String district, int withinDays, LocalDate due,
                              LocalDate firstSent, State state) {
    /** On time; sent late; not sent and past the day; not sent and not yet due. */
    public enum State { ON_TIME, LATE, OVERDUE, DUE }

    /** Whether a copy made on {@code day} was made after the minutes were due. */
    public boolean lateOn(LocalDate day) {
        return day.isAfter(due);
    }

    /** Whether these minutes went late or are overdue (what the steering group counts). */
    public boolean missed() {
        return state == State.LATE || state == State.OVERDUE;
    }

    static MinutesDeadline of(long meetingId, LocalDate date, String district, Instant first, Timescales t,
                              ZoneId zone, LocalDate today) {
        LocalDate due = t.minutesDue(date);
        LocalDate sent = first == null ? null : first.atZone(zone).toLocalDate();
        boolean missed = t.minutesMissed(date, sent, today);
        State state = sent != null ? (missed ? State.LATE : State.ON_TIME) : missed ? State.OVERDUE : State.DUE;
        return new MinutesDeadline(meetingId, date, district, t.minutesWithinDays(), due, sent, state);
    }

    /** The deadline of one meeting's minutes. */
    public static MinutesDeadline of(Session s, long meetingId, Timescales t, ZoneId zone, LocalDate today) {
        List<MinutesDeadline> one = read(s, "m.id = :m", q -> q.setParameter("m", meetingId), t, zone, today);
        if (one.isEmpty()) {
            throw new IllegalArgumentException("--meeting: there is no meeting " + meetingId);
        }
        return one.get(0);
    }

    /**
     * Every meeting held from {@code from} to {@code to} (both included, not cancelled, its date on or before
     * {@code today}) with its deadline, oldest first: one query with the first copy's time per meeting.
     */
    public static List<MinutesDeadline> held(Session s, LocalDate from, LocalDate to, Timescales t, ZoneId zone,
                                             LocalDate today) {
        LocalDate last = to.isAfter(today) ? today : to;
        return read(s, "m.meetingDate between :f and :t and m.status <> org.maracdesk.casework.MeetingStatus.CANCELLED",
                q -> q.setParameter("f", from).setParameter("t", last), t, zone, today);
    }

    private static List<MinutesDeadline> read(Session s, String where,
                                              java.util.function.Consumer<org.hibernate.query.SelectionQuery<Object[]>> bind,
                                              Timescales t, ZoneId zone, LocalDate today) {
        org.hibernate.query.SelectionQuery<Object[]> q = s.createSelectionQuery("select m.id, m.meetingDate, m.district,"
                + " (select min(x.exportedAt) from ExportRecord x where x.kind = 'minutes' and x.meetingId = m.id)"
                + " from Meeting m where " + where + " order by m.meetingDate, m.id", Object[].class);
        bind.accept(q);
        List<MinutesDeadline> out = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            out.add(of((Long) r[0], (LocalDate) r[1], (String) r[2], (Instant) r[3], t, zone, today));
        }
        return out;
    }
}
