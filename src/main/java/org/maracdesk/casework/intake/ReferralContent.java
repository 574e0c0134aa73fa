package org.maracdesk.casework.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PersonRole;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.matching.Names;

/**
 * A stored referral read back as the form's command ({@link NewReferral}): what an imported draft opens with
 * in the form, and what the decided-referral view shows. The people are the stored people (a correction to
 * a person shows here), each with what the referral said of them.
 */
final class ReferralContent {

    /** One person the referral names, with the stored person's id. */
    record Named(long personId, PersonRole role, RelatedPerson as) {
    }

    /** The referral as a form, the links to its stored victim and perpetrators, and everyone it names. */
    record Read(NewReferral form, PersonLinks links, List<Named> people) {
    }

    private ReferralContent() {
    }

    static Read of(Session s, Referral r) {
        List<Named> named = named(s, r);
        List<RelatedPerson> perpetrators = new ArrayList<>();
        List<RelatedPerson> children = new ArrayList<>();
        List<RelatedPerson> others = new ArrayList<>();
        Map<Integer, Long> perpetratorLinks = new HashMap<>();
        Map<Integer, Long> childLinks = new HashMap<>();
        Map<Integer, Long> otherLinks = new HashMap<>();
        for (Named n : named) {
            switch (n.role()) {
                case PERPETRATOR -> {
                    perpetratorLinks.put(perpetrators.size(), n.personId());
                    perpetrators.add(n.as());
                }
                case CHILD -> {
                    childLinks.put(children.size(), n.personId());
                    children.add(n.as());
                }
                case OTHER_AT_RISK -> {
                    otherLinks.put(others.size(), n.personId());
                    others.add(n.as());
                }
            }
        }
        Person victim = r.getVictim();
        RiskInput risk = new RiskInput(AnswersJson.read(r.getInstrumentId(), r.getAnswers()), r.getPoliceIncidents(),
                r.getProfessionalJudgement());
        List<MustNotReceiveEntry> mustNot = s.createSelectionQuery("from MustNotReceive m where m.referral = :r"
                + " order by m.id", MustNotReceive.class).setParameter("r", r).getResultList().stream()
                .filter(m -> !m.isRemoved()).map(m -> new MustNotReceiveEntry(
                        m.getAgencyCode() == null ? null : Agency.fromCode(m.getAgencyCode()).orElse(null),
                        m.getPersonName(), m.getReason())).toList();
        NewReferral form = new NewReferral(r.getFormReference(), r.getReferralDate(), r.getStatus(),
                r.getDecisionReason(), r.getReferringAgency() == null ? null
                : Agency.fromCode(r.getReferringAgency()).orElse(null), r.getReferrer(),
                victim == null ? null : details(victim), perpetrators, children, others, risk,
                java.util.Set.copyOf(r.getFlags()), r.getConsent(), r.getVoice(), r.getIncidentSummary(), r.getPolice(),
                r.getPreviousMarac(), r.isTransferIn(), mustNot, r.getCircumstances());
        return new Read(form, new PersonLinks(victim == null ? null : victim.getId(), perpetratorLinks, childLinks,
                otherLinks), named);
    }

    /**
     * The same without anyone's phone, email or safe-contact details: the view shows identity and address only
     * (the safe contact is read, and audited, where it is needed).
     */
    static Read withoutContact(Read read) {
        NewReferral f = read.form();
        java.util.function.Function<RelatedPerson, RelatedPerson> strip = p -> new RelatedPerson(bare(p.person()),
                p.relationshipToVictim(), p.relationshipToPerpetrator(), p.livesWith(), p.school(), p.note());
        NewReferral bare = new NewReferral(f.formReference(), f.referralDate(), f.status(), f.decisionReason(),
                f.referringAgency(), f.referrer(), f.victim() == null ? null : bare(f.victim()),
                f.perpetrators().stream().map(strip).toList(), f.children().stream().map(strip).toList(),
                f.othersAtRisk().stream().map(strip).toList(), f.risk(), f.flags(), f.consent(), f.voice(),
                f.incidentSummary(), f.police(), f.previousMarac(), f.transferIn(), f.mustNotReceive(),
                f.circumstances());
        return new Read(bare, read.links(), read.people().stream().map(n -> new Named(n.personId(), n.role(),
                strip.apply(n.as()))).toList());
    }

    private static PersonDetails bare(PersonDetails p) {
        return new PersonDetails(p.givenName(), p.familyName(), p.aliases(), p.dateOfBirth(), p.gender(), p.address(),
                null, p.diversity());
    }

    private static List<Named> named(Session s, Referral r) {
        List<Object[]> rows = s.createSelectionQuery("select x.person, x.role, x.relationshipToVictim,"
                + " x.relationshipToPerpetrator, x.livesWith, x.school, x.note from ReferralPerson x"
                + " where x.referral = :r order by x.id", Object[].class).setParameter("r", r).getResultList();
        List<Named> out = new ArrayList<>();
        for (Object[] row : rows) {
            Person p = (Person) row[0];
            out.add(new Named(p.getId(), (PersonRole) row[1], new RelatedPerson(details(p), (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], (String) row[6])));
        }
        return out;
    }

    /** A stored person as a referral describes them (diversity details stay on the person). */
    static PersonDetails details(Person p) {
        PostalAddress address = p.getAddressLine1() == null && p.getTown() == null && p.getPostcode() == null
                && p.getDistrict() == null ? null
                : new PostalAddress(p.getAddressLine1(), p.getTown(), p.getPostcode(), p.getDistrict());
        return new PersonDetails(p.getGivenName(), p.getFamilyName(), Names.aliasList(p.getAliases()),
                p.getDateOfBirth(), gender(p.getGender()), address, p.getContact(), null);
    }

    private static Gender gender(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return Gender.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return Gender.NOT_KNOWN;
        }
    }
}
