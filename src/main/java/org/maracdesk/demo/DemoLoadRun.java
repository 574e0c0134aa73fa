package org.maracdesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Referral;
import org.maracdesk.demo.synthetic.FictionalCounty;
import org.maracdesk.demo.synthetic.SyntheticAction;
import org.maracdesk.demo.synthetic.SyntheticChunk;
import org.maracdesk.demo.synthetic.SyntheticMeeting;
import org.maracdesk.demo.synthetic.SyntheticReferral;

/**
 * The state of one load across its chunks: ids (not entities) of the cases and referrals written so far, and the
 * referrals and actions waiting for their meeting. A meeting is written once no later referral can be listed at it
 * (its cut-off is before the last referral written). The session is flushed and cleared after the chunk's referrals
 * and after each meeting, so memory stays bounded by the chunk size and no query flushes more than one meeting.
 */
final class DemoLoadRun {
    /** A referral waiting for its meeting. */
    private record Waiting(int index, long caseId, String caseReference, long referralId, boolean children,
                           boolean repeat, boolean transferIn) {
    }

    private final ReferralWriter referrals;
    private final MeetingDemo meetingWriter;
    private final List<SyntheticMeeting> meetings;
    private final long[] caseIdOf;
    private final String[] caseReferenceOf;
    private final int[] meetingOf;
    private final Map<Integer, List<Waiting>> waiting = new HashMap<>();
    private final Map<Integer, List<MeetingDemo.Agreed>> agreed = new HashMap<>();
    private int nextMeeting;
    private LocalDate lastReferral;
    private int cases;
    private int meetingsWritten;
    private int actions;

    DemoLoadRun(ReferralWriter referrals, List<SyntheticMeeting> meetings, LocalDate today, int total) {
        this.referrals = referrals;
        this.meetingWriter = new MeetingDemo(today);
        this.meetings = meetings;
        this.caseIdOf = new long[total];
        this.caseReferenceOf = new String[total];
        this.meetingOf = new int[total];
    }

    void start(Session s) {
        meetingWriter.start(s, FictionalCounty.districts());
        s.flush();
    }

    /** Writes a chunk's referrals and every meeting they complete, then flushes and clears the session. */
    void chunk(Session s, SyntheticChunk chunk) {
        referrals(s, chunk.referrals(), chunk);
        agreed(chunk);
        while (meetingDue()) {
            nextMeeting(s);
        }
    }

    /** Writes some of a chunk's referrals (in order), then flushes and clears. */
    void referrals(Session s, List<SyntheticReferral> some, SyntheticChunk chunk) {
        for (SyntheticReferral r : some) {
            referral(s, r, chunk.meetingOf(r));
        }
        clear(s);
    }

    /** Once a chunk's referrals are written: remembers its actions for their meetings. */
    void agreed(SyntheticChunk chunk) {
        for (SyntheticAction a : chunk.actions()) {
            agreed.computeIfAbsent(a.meetingIndex(), k -> new ArrayList<>())
                    .add(new MeetingDemo.Agreed(caseIdOf[a.referralIndex()], a));
            actions++;
        }
        if (!chunk.referrals().isEmpty()) {
            lastReferral = chunk.referrals().get(chunk.referrals().size() - 1).referralDate();
        }
    }

    /** Whether the next meeting is complete: its cut-off is before the last referral written. */
    boolean meetingDue() {
        return nextMeeting < meetings.size() && lastReferral != null
                && meetings.get(nextMeeting).referralCutOff().isBefore(lastReferral);
    }

    /** Writes the next meeting, then flushes and clears. */
    void nextMeeting(Session s) {
        meeting(s, nextMeeting++);
        clear(s);
    }

    /** Whether meetings are left to write. */
    boolean meetingsLeft() {
        return nextMeeting < meetings.size();
    }

    /** Writes the meetings still waiting (the last ones, and the upcoming ones). */
    void finish(Session s) {
        while (meetingsLeft()) {
            nextMeeting(s);
        }
    }

    int cases() {
        return cases;
    }

    int meetingsWritten() {
        return meetingsWritten;
    }

    int actions() {
        return actions;
    }

    /** Flushes and clears, so each meeting's queries (the minutes run several per case) see a small session. */
    private void clear(Session s) {
        s.flush();
        s.clear();
        referrals.clear();
    }

    private void referral(Session s, SyntheticReferral r, int meeting) {
        Integer repeatOf = r.repeatOfIndex();
        MaracCase c;
        LocalDate lastListing = null;
        if (repeatOf == null) {
            c = referrals.newCase(s, r);
            caseIdOf[r.index()] = c.getId();
            caseReferenceOf[r.index()] = r.caseReference();
            cases++;
        } else {
            c = s.getReference(MaracCase.class, caseIdOf[repeatOf]);
            caseIdOf[r.index()] = caseIdOf[repeatOf];
            caseReferenceOf[r.index()] = caseReferenceOf[repeatOf];
            LocalDate listed = meetings.get(meetingOf[repeatOf]).date();
            lastListing = listed.isAfter(r.referralDate()) ? null : listed;
        }
        meetingOf[r.index()] = meeting;
        Referral referral = referrals.referral(s, c, r, lastListing);
        waiting.computeIfAbsent(meeting, k -> new ArrayList<>()).add(new Waiting(r.index(), caseIdOf[r.index()],
                caseReferenceOf[r.index()], referral.getId(), !r.children().isEmpty(), repeatOf != null,
                r.transferIn()));
    }

    private void meeting(Session s, int index) {
        List<Waiting> listed = waiting.getOrDefault(index, List.of());
        waiting.remove(index);
        // Children's cases first (MARAC agenda order), otherwise in referral order; one listing per case.
        List<Waiting> ordered = new ArrayList<>(listed);
        ordered.sort((a, b) -> Boolean.compare(b.children(), a.children()));
        Map<Long, Waiting> byCase = new LinkedHashMap<>();
        ordered.forEach(w -> byCase.putIfAbsent(w.caseId(), w));
        List<MeetingDemo.Listed> agenda = byCase.values().stream().map(w -> new MeetingDemo.Listed(w.caseId(),
                w.caseReference(), w.referralId(), w.repeat(), w.transferIn())).toList();
        List<MeetingDemo.Agreed> actionsHere = agreed.getOrDefault(index, List.of());
        agreed.remove(index);
        if (meetingWriter.write(s, meetings.get(index), agenda, actionsHere)) {
            meetingsWritten++;
        }
    }
}
