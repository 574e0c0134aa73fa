package org.maracdesk.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.VictimVoice;
import org.maracdesk.common.JsonMappers;
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

/**
 * Persists one synthetic referral: a new case with its people, or a repeat joining the earlier case, and the
 * referral scored by the real risk engine. People are remembered per slice of referrals only ({@link #clear()}).
 */
final class ReferralWriter {
    private static final ObjectMapper JSON = JsonMappers.lenient();
    private static final ResultJson RESULT_JSON = new ResultJson();
    private final Instrument dash;
    private final RiskEngine engine = new RiskEngine();
    private final RiskThresholds thresholds = RiskThresholds.defaults();
    private final Map<SyntheticPerson, Person> people = new IdentityHashMap<>();

    ReferralWriter(InstrumentRegistry instruments) {
        this.dash = instruments.get(InstrumentRegistry.DEFAULT_ID);
    }

    /** Forgets the people written so far (their entities are detached once the session is cleared). */
    void clear() {
        people.clear();
    }

    /** A new case for a first referral, with its victim, perpetrators and children. */
    MaracCase newCase(Session session, SyntheticReferral r) {
        MaracCase c = new MaracCase(r.caseReference(), person(session, r.victim()), r.victim().address().district(),
                r.referralDate());
        r.perpetrators().forEach(p -> c.getPerpetrators().add(person(session, p)));
        r.children().forEach(p -> c.getChildren().add(person(session, p)));
        session.persist(c);
        return c;
    }

    /** The referral on case {@code c}; {@code lastListing} is the date the case was last listed, if before it. */
    Referral referral(Session session, MaracCase c, SyntheticReferral r, LocalDate lastListing) {
        Referral referral = new Referral(c, r.referralDate(), r.referringAgency().code(), r.referrerName());
        RiskResult result = engine.score(dash, answers(r), new ReferralContext(r.referralDate(),
                r.policeIncidentsLast12Months(), lastListing, r.professionalJudgementReason()), thresholds);
        referral.setChecklist(dash.id(), dash.version(), toJson(r.dashAnswers()));
        referral.setResult(result.score(), result.band().orElse(null),
                result.routes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        referral.setResultExplanation(RESULT_JSON.render(result));
        referral.scoredUnder(0); // a demo vault is new: the built-in settings, version 0
        referral.markRepeat(result.meets(ReferralRoute.REPEAT), lastListing);
        referral.setGrounds(r.policeIncidentsLast12Months(), r.professionalJudgementReason());
        referral.setFlags(r.flags());
        referral.setTransfer(r.transferIn(), null);
        referral.setNarrative(r.incidentSummary(), new VictimVoice(r.victimVoice(), null, null, null, null));
        session.persist(referral);
        return referral;
    }

    private Person person(Session session, SyntheticPerson p) {
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
