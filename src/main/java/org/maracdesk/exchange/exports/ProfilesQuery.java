package org.maracdesk.exchange.exports;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PoliceDetails;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralCircumstances;

/**
 * Reads the person profiles of one meeting for the police research (MARAC.md §2.4, decision 0072): each case on
 * the agenda that {@link CaseScope} lets the account see, in agenda order, with its people, what the referral holds
 * for police, and each person's MARAC history within the same scope. Cases out of scope are counted, never named.
 * No address or contact detail of anyone is read: the profiles do not carry them. Writes and audits nothing.
 */
final class ProfilesQuery {
    private ProfilesQuery() {
    }

    /** The part a person plays in a case. */
    enum Part { VICTIM, PERPETRATOR, CHILD, OTHER_AT_RISK }

    /** What the export holds. {@code withheld}: cases on the agenda the account may not see (a count). */
    record Content(long meetingId, LocalDate meetingDate, String district, List<CaseProfile> cases, int withheld) {
        List<Long> caseIds() {
            return cases.stream().map(CaseProfile::caseId).toList();
        }

        int people() {
            return cases.stream().mapToInt(c -> c.people().size()).sum();
        }
    }

    /** One case on the agenda. */
    record CaseProfile(long caseId, int agendaOrder, String reference, String district, boolean repeat,
                       PoliceFacts police, List<PersonProfile> people) {
    }

    /** What the case's referral (the one it was listed for, else its latest) holds for police; any may be null. */
    record PoliceFacts(LocalDate referralDate, String referringAgency, Integer policeIncidents, String policeReference,
                       String crimeNumbers, String crimeReferences, String officerInCharge, String offences,
                       String bailConditions, LocalDate bailUntil, String civilOrders, String courtDates) {
        static final PoliceFacts NONE = new PoliceFacts(null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /**
     * One person of a case. {@code previousListings}: the dates before this meeting at which a case of this person
     * that the account may see was listed; {@code otherCases}: their other cases the account may see, as
     * "reference (part)" pairs; {@code otherCasesWithheld}: how many more there are, not named.
     */
    record PersonProfile(long personId, Part part, String givenName, String familyName, String aliases,
                         LocalDate dateOfBirth, Integer age, String gender, List<LocalDate> previousListings,
                         int listingsInLastYear, List<OtherCase> otherCases, int otherCasesWithheld) {
    }

    /** Another case the person is in, that the account may see. */
    record OtherCase(String reference, Part part) {
    }

    private record Membership(long caseId, String reference, long personId, Part part) {
    }

    static Content read(Session s, CaseScope scope, long meetingId) {
        Object[] m = s.createSelectionQuery("select m.meetingDate, m.district from Meeting m where m.id = :id",
                Object[].class).setParameter("id", meetingId).getResultList().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--meeting: there is no meeting " + meetingId));
        LocalDate date = (LocalDate) m[0];
        List<Listing> listings = s.createSelectionQuery("select l from Listing l join fetch l.maracCase c"
                + " join fetch c.victim left join fetch l.referral where l.meeting.id = :m"
                + " order by l.agendaOrder, l.id", Listing.class).setParameter("m", meetingId).getResultList();
        CaseScope.Visible<Listing> visible = scope.filter(listings, l -> l.getMaracCase().getId());
        List<CaseProfile> cases = new ArrayList<>();
        for (Listing l : visible.shown()) {
            cases.add(caseProfile(s, scope, l, date));
        }
        return new Content(meetingId, date, (String) m[1], List.copyOf(cases), visible.withheldCases());
    }

    private static CaseProfile caseProfile(Session s, CaseScope scope, Listing l, LocalDate date) {
        MaracCase c = l.getMaracCase();
        List<Person> people = new ArrayList<>();
        Map<Long, Part> parts = new LinkedHashMap<>();
        add(people, parts, List.of(c.getVictim()), Part.VICTIM);
        add(people, parts, c.getPerpetrators(), Part.PERPETRATOR);
        add(people, parts, c.getChildren(), Part.CHILD);
        add(people, parts, c.getOthersAtRisk(), Part.OTHER_AT_RISK);
        List<Membership> memberships = memberships(s, parts.keySet());
        Map<Long, List<LocalDate>> listed = listingDates(s, memberships.stream().map(Membership::caseId)
                .filter(scope::includes).distinct().toList(), date);
        List<PersonProfile> out = new ArrayList<>();
        for (Person p : people) {
            out.add(person(p, parts.get(p.getId()), c.getId(), memberships, listed, scope, date));
        }
        return new CaseProfile(c.getId(), l.getAgendaOrder(), c.getReference(), c.getDistrict(), l.isRepeatListing(),
                police(s, l), List.copyOf(out));
    }

    private static void add(List<Person> people, Map<Long, Part> parts, Collection<Person> these, Part part) {
        these.stream().sorted(Comparator.comparing(Person::getFamilyName, Comparator.nullsLast(String::compareTo))
                .thenComparing(Person::getGivenName, Comparator.nullsLast(String::compareTo))
                .thenComparing(Person::getId)).forEach(p -> {
                    if (parts.putIfAbsent(p.getId(), part) == null) {
                        people.add(p);
                    }
                });
    }

    private static PersonProfile person(Person p, Part part, long thisCase, List<Membership> memberships,
                                        Map<Long, List<LocalDate>> listed, CaseScope scope, LocalDate date) {
        Set<LocalDate> previous = new TreeSet<>(Comparator.reverseOrder());
        Map<Long, OtherCase> others = new LinkedHashMap<>();
        Set<Long> withheld = new TreeSet<>();
        for (Membership x : memberships) {
            if (x.personId() != p.getId()) {
                continue;
            }
            if (!scope.includes(x.caseId())) {
                withheld.add(x.caseId());
                continue;
            }
            previous.addAll(listed.getOrDefault(x.caseId(), List.of()));
            if (x.caseId() != thisCase) {
                others.putIfAbsent(x.caseId(), new OtherCase(x.reference(), x.part()));
            }
        }
        LocalDate yearBefore = date.minusMonths(12);
        int lastYear = (int) previous.stream().filter(d -> !d.isBefore(yearBefore)).count();
        Integer age = p.getDateOfBirth() == null || p.getDateOfBirth().isAfter(date) ? null
                : Period.between(p.getDateOfBirth(), date).getYears();
        return new PersonProfile(p.getId(), part, p.getGivenName(), p.getFamilyName(), p.getAliases(),
                p.getDateOfBirth(), age, p.getGender(), List.copyOf(previous), lastYear,
                others.values().stream().sorted(Comparator.comparing(OtherCase::reference)).toList(), withheld.size());
    }

    /** Every case each of these people is in, and as what; whether the account may see it is decided later. */
    private static List<Membership> memberships(Session s, Collection<Long> personIds) {
        List<Membership> out = new ArrayList<>();
        if (personIds.isEmpty()) {
            return out;
        }
        Map<Part, String> joins = new LinkedHashMap<>();
        joins.put(Part.VICTIM, "join c.victim p");
        joins.put(Part.PERPETRATOR, "join c.perpetrators p");
        joins.put(Part.CHILD, "join c.children p");
        joins.put(Part.OTHER_AT_RISK, "join c.othersAtRisk p");
        for (Map.Entry<Part, String> j : joins.entrySet()) {
            for (Object[] r : s.createSelectionQuery("select c.id, c.reference, p.id from MaracCase c " + j.getValue()
                    + " where p.id in :ids", Object[].class).setParameter("ids", personIds).getResultList()) {
                out.add(new Membership((Long) r[0], (String) r[1], (Long) r[2], j.getKey()));
            }
        }
        return out;
    }

    /** The dates before {@code date} at which each of these cases was listed at a meeting that was not cancelled. */
    private static Map<Long, List<LocalDate>> listingDates(Session s, List<Long> caseIds, LocalDate date) {
        Map<Long, List<LocalDate>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        for (Object[] r : s.createSelectionQuery("select l.maracCase.id, l.meeting.meetingDate from Listing l"
                + " where l.maracCase.id in :ids and l.meeting.meetingDate < :d and l.meeting.status <> :cancelled",
                Object[].class).setParameter("ids", caseIds).setParameter("d", date)
                .setParameter("cancelled", MeetingStatus.CANCELLED).getResultList()) {
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((LocalDate) r[1]);
        }
        return out;
    }

    /** The police fields of the referral the case was listed for, or of its latest referral. */
    private static PoliceFacts police(Session s, Listing l) {
        Referral r = l.getReferral();
        if (r == null) {
            r = s.createSelectionQuery("from Referral r where r.maracCase.id = :id order by r.referralDate desc,"
                    + " r.id desc", Referral.class).setParameter("id", l.getMaracCase().getId()).setMaxResults(1)
                    .getResultList().stream().findFirst().orElse(null);
        }
        if (r == null) {
            return PoliceFacts.NONE;
        }
        PoliceDetails p = r.getPolice() == null ? new PoliceDetails(null, null) : r.getPolice();
        // where the children live is a safe address: read the value without it (decision 0070)
        ReferralCircumstances c = r.getCircumstances() == null ? ReferralCircumstances.NONE
                : r.getCircumstances().withoutChildrenAddresses();
        return new PoliceFacts(r.getReferralDate(), r.getReferringAgency(), r.getPoliceIncidents(), p.reference(),
                p.crimeNumbers(), c.crimeReferences(), c.officerInCharge(), c.offences(), c.bailConditions(),
                c.bailUntil(), c.civilOrders(), c.courtDates());
    }
}
