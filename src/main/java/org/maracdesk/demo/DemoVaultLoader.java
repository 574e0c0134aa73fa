package org.maracdesk.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.VictimVoice;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.demo.synthetic.FictionalCounty;
import org.maracdesk.demo.synthetic.SyntheticAction;
import org.maracdesk.demo.synthetic.SyntheticDataset;
import org.maracdesk.demo.synthetic.SyntheticMeeting;
import org.maracdesk.demo.synthetic.SyntheticPerson;
import org.maracdesk.demo.synthetic.SyntheticReferral;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.AnswerSheet;
import org.maracdesk.risk.Instrument;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.ItemAnswer;
import org.maracdesk.risk.ReferralContext;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.risk.ResultJson;
import org.maracdesk.risk.RiskEngine;
import org.maracdesk.risk.RiskResult;
import org.maracdesk.risk.RiskThresholds;
import org.maracdesk.store.Store;

/**
 * Writes a synthetic dataset into a vault in one transaction: people, cases (a repeat referral
 * joins its victim's case), referrals scored by the real risk engine, meetings, listings with
 * children's cases first, and actions. Used for the demo vault, tests and benchmarks.
 */
public final class DemoVaultLoader {
    private static final ObjectMapper JSON = JsonMappers.lenient();
    private static final ResultJson RESULT_JSON = new ResultJson();
    private final Instrument dash;
    private final RiskEngine engine = new RiskEngine();
    private final RiskThresholds thresholds = RiskThresholds.defaults();

    public DemoVaultLoader(InstrumentRegistry instruments) {
        this.dash = instruments.get(InstrumentRegistry.DEFAULT_ID);
    }

    /** Loads everything or nothing; returns the number of cases created. */
    public int load(Store store, SyntheticDataset data) {
        return store.inTransaction(session -> new Run(session, data).execute());
    }

    private final class Run {
        private final Session session;
        private final SyntheticDataset data;
        private final Map<SyntheticPerson, Person> people = new IdentityHashMap<>();
        private final Map<Integer, MaracCase> caseOfReferral = new HashMap<>();
        private final Map<Integer, Referral> referralEntities = new HashMap<>();
        private final Map<Integer, LocalDate> listedOn = new HashMap<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private int cases;

        Run(Session session, SyntheticDataset data) {
            this.session = session;
            this.data = data;
        }

        int execute() {
            for (SyntheticMeeting m : data.meetings()) {
                for (int idx : m.listedReferralIndexes()) {
                    listedOn.putIfAbsent(idx, m.date());
                }
            }
            data.referrals().forEach(this::referral);
            data.meetings().forEach(this::meeting);
            data.actions().forEach(this::action);
            session.flush();
            MeetingDemo.fill(session, FictionalCounty.districts(), data.today());
            return cases;
        }

        private void referral(SyntheticReferral r) {
            MaracCase c = r.repeatOfIndex() == null ? newCase(r) : caseOfReferral.get(r.repeatOfIndex());
            caseOfReferral.put(r.index(), c);
            Referral referral = new Referral(c, r.referralDate(), r.referringAgency().code(), r.referrerName());
            LocalDate lastListing = r.repeatOfIndex() == null ? null : listedOn.get(r.repeatOfIndex());
            if (lastListing != null && lastListing.isAfter(r.referralDate())) {
                lastListing = null;
            }
            RiskResult result = engine.score(dash, answers(r), new ReferralContext(r.referralDate(),
                    r.policeIncidentsLast12Months(), lastListing, r.professionalJudgementReason()), thresholds);
            referral.setChecklist(dash.id(), dash.version(), toJson(r.dashAnswers()));
            referral.setResult(result.score(), result.band().orElse(null),
                    result.routes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            referral.setResultExplanation(RESULT_JSON.render(result));
            referral.markRepeat(result.meets(ReferralRoute.REPEAT), lastListing);
            referral.setGrounds(r.policeIncidentsLast12Months(), r.professionalJudgementReason());
            referral.setFlags(r.flags());
            referral.setTransfer(r.transferIn(), null);
            referral.setNarrative(r.incidentSummary(), new VictimVoice(r.victimVoice(), null, null, null, null));
            session.persist(referral);
            referralEntities.put(r.index(), referral);
        }

        private MaracCase newCase(SyntheticReferral r) {
            MaracCase c = new MaracCase(r.caseReference(), person(r.victim()), r.victim().address().district(),
                    r.referralDate());
            r.perpetrators().forEach(p -> c.getPerpetrators().add(person(p)));
            r.children().forEach(p -> c.getChildren().add(person(p)));
            session.persist(c);
            cases++;
            return c;
        }

        private Person person(SyntheticPerson p) {
            return people.computeIfAbsent(p, k -> {
                Person person = new Person(k.givenName(), k.familyName(), k.dateOfBirth(), k.gender().name());
                person.setAliases(k.aliases().isEmpty() ? null : String.join("; ", k.aliases()));
                person.setAddress(k.address().line1(), k.address().town(), k.address().postcode(),
                        k.address().district());
                person.setDiversity(k.diversity().ethnicity(), k.diversity().disabled(), k.diversity().lgbt(),
                        k.diversity().language(), k.diversity().interpreterNeeded());
                session.persist(person);
                return person;
            });
        }

        private void meeting(SyntheticMeeting m) {
            Meeting meeting = new Meeting(m.date(), m.district(), m.venue(), m.virtual(), m.referralCutOff(),
                    m.status());
            session.persist(meeting);
            meetings.add(meeting);
            Map<MaracCase, Integer> agenda = new LinkedHashMap<>();
            List<Integer> ordered = new ArrayList<>(m.listedReferralIndexes());
            // Children's cases first (MARAC agenda order), otherwise in referral order.
            ordered.sort((a, b) -> Boolean.compare(!data.referrals().get(b).children().isEmpty(),
                    !data.referrals().get(a).children().isEmpty()));
            for (int idx : ordered) {
                agenda.putIfAbsent(caseOfReferral.get(idx), idx);
            }
            int order = 1;
            for (Map.Entry<MaracCase, Integer> e : agenda.entrySet()) {
                SyntheticReferral r = data.referrals().get(e.getValue());
                boolean repeat = r.repeatOfIndex() != null;
                Listing listing = new Listing(meeting, e.getKey(), order++, repeat);
                listing.listedFor(referralEntities.get(e.getValue()), repeat, r.transferIn());
                session.persist(listing);
            }
        }

        private void action(SyntheticAction a) {
            ActionItem item = new ActionItem(caseOfReferral.get(a.referralIndex()), meetings.get(a.meetingIndex()),
                    a.agency().code(), a.ownerName(), a.target(), a.description(), a.dueDate());
            item.setOutcome(a.status(), a.completedOn(), a.note());
            session.persist(item);
        }
    }

    private AnswerSheet answers(SyntheticReferral r) {
        Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        r.dashAnswers().forEach((item, value) -> answers.put(item, ItemAnswer.of(Answer.fromJson(value)
                .orElseThrow(() -> new IllegalArgumentException("unknown answer for " + item)))));
        return new AnswerSheet(dash.id(), answers);
    }

    private static String toJson(Map<String, String> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers could not be written as JSON", e);
        }
    }
}
