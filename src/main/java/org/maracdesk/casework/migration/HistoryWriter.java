package org.maracdesk.casework.migration;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PersonRole;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralPerson;
import org.maracdesk.casework.intake.CaseReferences;
import org.maracdesk.risk.Band;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.risk.RiskThresholds;

/**
 * Writes one victim's history inside the migration's transaction: the person, one case, the
 * perpetrators, and per row a referral (accepted, with the tracker's score) listed on the closed
 * meeting of its date, so that nothing is waiting to be listed. Meetings are remembered by id, so
 * the session may be cleared between chunks. A case last heard more than 12 months (and the lapse
 * window) before today is closed: its listing has lapsed.
 */
final class HistoryWriter {
    static final String NOT_RECORDED = "Not recorded";
    static final String CLOSURE_REASON = "Brought across from the old tracker; last heard more than 12 months ago";

    private final Session session;
    private final CaseReferences references;
    private final RiskThresholds thresholds;
    private final int settingsVersion;
    private final String instrumentId;
    private final String instrumentVersion;
    private final String by;
    private final LocalDate today;
    private final Map<String, Long> meetings;
    private final Map<Long, Integer> agendaOrder = new HashMap<>();
    private int people;
    private int listings;
    private int repeats;
    private int closed;
    private int newMeetings;

    HistoryWriter(Session session, LocalSettings settings, String instrumentId, String instrumentVersion,
                  String by, LocalDate today) {
        this.session = session;
        this.references = new CaseReferences(session);
        this.thresholds = settings.thresholds();
        this.settingsVersion = settings.version();
        this.instrumentId = instrumentId;
        this.instrumentVersion = instrumentVersion;
        this.by = by;
        this.today = today;
        this.meetings = existingMeetings(session);
    }

    static String meetingKey(LocalDate date, String district) {
        return date + "|" + (district == null ? NOT_RECORDED : district);
    }

    private static Map<String, Long> existingMeetings(Session s) {
        Map<String, Long> out = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select m.id, m.meetingDate, m.district from Meeting m",
                Object[].class).getResultList()) {
            out.putIfAbsent(meetingKey((LocalDate) r[1], (String) r[2]), (Long) r[0]);
        }
        return out;
    }

    void write(HistoricVictim v) {
        Person victim = person(v.person(), Gender.NOT_KNOWN);
        List<HistoricListing> rows = v.listings();
        HistoricListing first = rows.get(0);
        String district = rows.stream().map(HistoricListing::district).filter(d -> d != null)
                .reduce((a, b) -> b).orElse(null);
        MaracCase c = new MaracCase(references.next(first.referralDate().getYear()), victim, district,
                first.referralDate());
        List<Person> perpetrators = v.perpetrators().stream().map(p -> person(p, Gender.NOT_KNOWN)).toList();
        c.getPerpetrators().addAll(perpetrators);
        session.persist(c);
        List<RepeatRule.Repeat> decided = RepeatRule.of(v, thresholds.repeatWindowMonths());
        LocalDate lastHeard = null;
        for (int i = 0; i < rows.size(); i++) {
            HistoricListing row = rows.get(i);
            RepeatRule.Repeat repeat = decided.get(i);
            Referral r = referral(c, row, repeat);
            if (row.perpetrator() >= 0) {
                session.persist(new ReferralPerson(r, perpetrators.get(row.perpetrator()), PersonRole.PERPETRATOR,
                        row.relationship()));
            }
            listing(c, r, row, repeat.repeat());
            lastHeard = lastHeard == null || row.maracDate().isAfter(lastHeard) ? row.maracDate() : lastHeard;
            repeats += repeat.repeat() ? 1 : 0;
        }
        if (lastHeard.plusMonths(thresholds.repeatWindowMonths()).plusDays(28).isBefore(today)) {
            c.close(lastHeard.plusMonths(thresholds.repeatWindowMonths()), CaseOutcome.OTHER, CLOSURE_REASON);
            closed++;
        }
    }

    private Person person(HistoricPerson p, Gender gender) {
        Person person = new Person(p.givenName(), p.familyName(), p.dateOfBirth(), gender.name());
        session.persist(person);
        people++;
        return person;
    }

    private Referral referral(MaracCase c, HistoricListing row, RepeatRule.Repeat repeat) {
        Referral r = new Referral(c, row.referralDate(), row.agencyCode(), null);
        r.setChecklist(instrumentId, instrumentVersion, "{}");
        java.util.Set<ReferralRoute> routes = java.util.EnumSet.noneOf(ReferralRoute.class);
        routes.addAll(row.routes());
        routes.remove(ReferralRoute.REPEAT);
        if (repeat.repeat()) {
            routes.add(ReferralRoute.REPEAT);
        }
        if (row.score() != null) {
            r.setResult(row.score(), band(row.score()),
                    routes.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        r.markRepeat(repeat.repeat(), repeat.lastReferral());
        r.scoredUnder(settingsVersion);
        r.setExternalReference(row.externalReference());
        r.setSource(null, by, row.maracDate().atTime(12, 0).toInstant(ZoneOffset.UTC));
        session.persist(r);
        return r;
    }

    private String band(int score) {
        return thresholds.bands().stream().filter(b -> score >= b.min() && (b.max() == null || score <= b.max()))
                .map(Band::id).findFirst().orElse(null);
    }

    private void listing(MaracCase c, Referral r, HistoricListing row, boolean repeat) {
        Meeting m = meeting(row.maracDate(), row.district());
        int order = agendaOrder.merge(m.getId(), 1, Integer::sum);
        Listing l = new Listing(m, c, order, repeat);
        l.listedFor(r, repeat, false);
        l.setNotes(row.notes());
        session.persist(l);
        listings++;
    }

    private Meeting meeting(LocalDate date, String district) {
        String key = meetingKey(date, district);
        Long id = meetings.get(key);
        if (id != null) {
            return session.getReference(Meeting.class, id);
        }
        Meeting m = new Meeting(date, district == null ? NOT_RECORDED : district, null, false, date, MeetingStatus.CLOSED);
        m.close(by, date.atTime(12, 0).toInstant(ZoneOffset.UTC));
        session.persist(m);
        meetings.put(key, m.getId());
        agendaOrder.put(m.getId(), 0);
        newMeetings++;
        return m;
    }

    MigrationResult result(int rows, int cases) {
        return new MigrationResult(rows, people, cases, listings, newMeetings, repeats, closed);
    }
}
