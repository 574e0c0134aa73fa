package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PersonRole;
import org.maracdesk.casework.PossibleMatch;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralPerson;
import org.maracdesk.casework.matching.PersonMatch;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.casework.settings.Settings;
import org.maracdesk.risk.ReferralContext;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.risk.ResultJson;
import org.maracdesk.risk.RiskResult;

/**
 * Records the referrals of one batch inside one transaction, keeping the counts for the result.
 * It only reads the session, never flushing it, and remembers what it wrote ({@link IntakeMemory}),
 * so a caller may run the session in manual flush mode and flush and clear it between chunks.
 */
final class IntakeRun {
    private static final ResultJson RESULT_JSON = new ResultJson();

    private final Session session;
    private final IntakeContext ctx;
    private final LocalSettings settings;
    private final PeopleResolver people;
    private final CaseReferences references;
    private final RepeatFinder repeats;
    private final IntakeMemory memory = new IntakeMemory();
    private final CaseLookup cases;
    private final List<PossibleDuplicate> review = new ArrayList<>();
    private int newCases;
    private final java.util.Set<Long> casesWritten = new java.util.HashSet<>();
    /** Cases that existed before this run and had a referral added to them (a preview names these). */
    private final java.util.Set<Long> existingCasesJoined = new java.util.HashSet<>();
    private final java.util.Set<Long> casesCreated = new java.util.HashSet<>();
    private int joined;
    private int repeatCount;
    private int notAccepted;

    IntakeRun(Session session, IntakeContext ctx) {
        this.session = session;
        this.ctx = ctx;
        this.settings = Settings.current(session);
        this.cases = new CaseLookup(session, memory);
        this.people = new PeopleResolver(session, ctx.matcher(), memory, cases);
        this.references = new CaseReferences(session);
        this.repeats = new RepeatFinder(session, memory);
    }

    /** The local settings this run scores under (read once, in its transaction). */
    LocalSettings settings() {
        return settings;
    }

    /** One problem per referral whose instrument this MARAC does not use. */
    List<FieldProblem> instrumentsNotInUse(List<NewReferral> referrals) {
        List<FieldProblem> out = new ArrayList<>();
        for (int i = 0; i < referrals.size(); i++) {
            String id = referrals.get(i).risk().answers().instrumentId();
            if (!settings.uses(id)) {
                out.add(new FieldProblem(i, "risk.instrument", id + " is not in use in this MARAC (local settings"
                        + " version " + settings.version() + "); in use: " + String.join(", ", settings.instruments())));
            }
        }
        return out;
    }

    /**
     * Reads ahead the stored people the victims of {@code next} could be, and those born on its perpetrators' dates
     * of birth (see {@link PeopleResolver#readAhead}).
     */
    void readAhead(List<NewReferral> next) {
        people.readAhead(next.stream().map(NewReferral::victim).toList(),
                next.stream().flatMap(r -> r.perpetrators().stream()).map(RelatedPerson::person).toList());
    }

    /** Lets go of what was read ahead (at the end of the run). */
    void forgetReadAhead() {
        people.forgetReadAhead();
    }

    void record(int index, NewReferral r) {
        record(index, r, null, PersonLinks.none());
    }

    /**
     * Records one referral; a screen draft ({@code draft} not null) becomes the decided referral,
     * and people the coordinator linked are used as they are instead of being looked for.
     */
    Referral record(int index, NewReferral r, Referral draft, PersonLinks links) {
        VictimLookup lookup = links.victim() != null
                ? new VictimLookup(session.get(Person.class, links.victim()), List.of()) : people.victim(r.victim());
        Person victim = lookup.exact();
        boolean knownVictim = victim != null;
        if (knownVictim) {
            PersonRecords.update(victim, r.victim());
        } else {
            victim = PersonRecords.create(r.victim());
            session.persist(victim);
        }
        memory.person(victim);
        Parties parties = parties(victim, !knownVictim, r, links);
        LocalDate lastReferral = knownVictim
                ? repeats.lastReferral(victim.getId(), parties.perpetratorIds(), r.referralDate()) : null;
        RiskResult result = score(r, lastReferral);
        MaracCase maracCase = r.accepted() ? caseFor(victim, knownVictim, r) : null;
        Referral referral = ReferralAssembly.build(r, victim, maracCase, ctx, draft);
        referral.setResult(result.score(), result.band().orElse(null),
                result.routes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        referral.setResultExplanation(RESULT_JSON.render(result));
        referral.scoredUnder(settings.version());
        referral.markRepeat(result.meets(ReferralRoute.REPEAT), lastReferral);
        session.persist(referral);
        link(referral, maracCase, r, parties);
        if (maracCase != null) {
            memory.referred(maracCase.getId(), r.referralDate());
        }
        noteSimilar(index, referral, maracCase, lookup.similar());
        count(r, referral);
        return referral;
    }

    private Parties parties(Person victim, boolean victimIsNew, NewReferral r, PersonLinks links) {
        return new Parties(resolve(victim, victimIsNew, PersonRole.PERPETRATOR, r.perpetrators(), links.perpetrators()),
                resolve(victim, victimIsNew, PersonRole.CHILD, r.children(), links.children()),
                resolve(victim, victimIsNew, PersonRole.OTHER_AT_RISK, r.othersAtRisk(), links.othersAtRisk()));
    }

    private List<Person> resolve(Person victim, boolean victimIsNew, PersonRole role, List<RelatedPerson> named,
                                 Map<Integer, Long> linked) {
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            RelatedPerson rp = named.get(i);
            Long link = linked.get(i);
            Person p = link != null ? session.get(Person.class, link)
                    : people.related(victim, victimIsNew, role, rp.person());
            if (p == null) {
                p = PersonRecords.create(rp.person());
                session.persist(p);
                memory.person(p);
            }
            out.add(p);
        }
        return out;
    }

    private RiskResult score(NewReferral r, LocalDate lastReferral) {
        RiskInput risk = r.risk();
        return ctx.engine().score(ctx.instruments().get(risk.answers().instrumentId()), risk.answers(),
                new ReferralContext(r.referralDate(), risk.policeIncidentsLast12Months(), lastReferral,
                        risk.professionalJudgement()), settings.thresholds());
    }

    private MaracCase caseFor(Person victim, boolean knownVictim, NewReferral r) {
        MaracCase existing = knownVictim ? cases.latestCaseEntity(victim.getId()) : null;
        if (existing != null) {
            existing.reopen();
            joined++;
            casesWritten.add(existing.getId());
            if (!casesCreated.contains(existing.getId())) {
                existingCasesJoined.add(existing.getId());
            }
            return existing;
        }
        String district = r.victim().address() == null ? null : r.victim().address().district();
        MaracCase created = new MaracCase(references.next(r.referralDate().getYear()), victim, district,
                r.referralDate());
        session.persist(created);
        memory.openedCase(new IntakeMemory.CaseNote(created.getId(), victim.getId(), r.referralDate(),
                created.getReference()));
        newCases++;
        casesWritten.add(created.getId());
        casesCreated.add(created.getId());
        return created;
    }

    private void link(Referral referral, MaracCase c, NewReferral r, Parties parties) {
        for (int i = 0; i < parties.perpetrators().size(); i++) {
            named(referral, parties.perpetrators().get(i), PersonRole.PERPETRATOR, r.perpetrators().get(i));
            onCase(c, PersonRole.PERPETRATOR, parties.perpetrators().get(i));
        }
        for (int i = 0; i < parties.children().size(); i++) {
            RelatedPerson child = r.children().get(i);
            named(referral, parties.children().get(i), PersonRole.CHILD, child)
                    .setChildDetails(child.relationshipToPerpetrator(), child.livesWith(), child.school());
            onCase(c, PersonRole.CHILD, parties.children().get(i));
        }
        for (int i = 0; i < parties.othersAtRisk().size(); i++) {
            named(referral, parties.othersAtRisk().get(i), PersonRole.OTHER_AT_RISK, r.othersAtRisk().get(i));
            onCase(c, PersonRole.OTHER_AT_RISK, parties.othersAtRisk().get(i));
        }
        for (MustNotReceiveEntry e : r.mustNotReceive()) {
            session.persist(new MustNotReceive(c, referral, e.agency(), e.personName(), e.reason(),
                    LocalDate.now(ctx.clock())));
        }
    }

    private void onCase(MaracCase c, PersonRole role, Person p) {
        if (c == null) {
            return;
        }
        switch (role) {
            case PERPETRATOR -> c.getPerpetrators().add(p);
            case CHILD -> c.getChildren().add(p);
            case OTHER_AT_RISK -> c.getOthersAtRisk().add(p);
        }
        memory.named(c.getId(), c.getVictim().getId(), role, p.getId());
    }

    private ReferralPerson named(Referral referral, Person person, PersonRole role, RelatedPerson as) {
        ReferralPerson rp = new ReferralPerson(referral, person, role, as.relationshipToVictim());
        rp.setNote(as.note());
        session.persist(rp);
        return rp;
    }

    private void noteSimilar(int index, Referral referral, MaracCase c, List<PersonMatch> similar) {
        Map<Long, IntakeMemory.CaseNote> latest = similar.isEmpty() ? Map.of()
                : cases.latestCasesOf(similar.stream().map(PersonMatch::personId).toList());
        for (PersonMatch m : similar) {
            referral.addPossibleMatch(new PossibleMatch(m.personId(), m.score(), m.explanation()));
            IntakeMemory.CaseNote theirs = latest.get(m.personId());
            review.add(new PossibleDuplicate(index, c == null ? null : c.getReference(), m.personId(),
                    theirs == null ? null : theirs.reference(), m.score(), m.strength(), m.explanation()));
        }
    }

    private void count(NewReferral r, Referral referral) {
        if (!r.accepted()) {
            notAccepted++;
        }
        if (referral.isRepeat()) {
            repeatCount++;
        }
    }

    /** The cases this run created or added a referral to. */
    java.util.Set<Long> casesWritten() {
        return java.util.Set.copyOf(casesWritten);
    }

    /** The cases this run opened. */
    java.util.Set<Long> casesCreated() {
        return java.util.Set.copyOf(casesCreated);
    }

    /** The cases that were already stored before this run and that it added a referral to. */
    java.util.Set<Long> existingCasesJoined() {
        return java.util.Set.copyOf(existingCasesJoined);
    }

    IntakeResult result(int referrals) {
        return new IntakeResult(referrals, newCases, joined, repeatCount, notAccepted, review);
    }
}
