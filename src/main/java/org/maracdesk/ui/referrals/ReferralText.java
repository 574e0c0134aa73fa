package org.maracdesk.ui.referrals;

import java.util.Map;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.matching.MatchReason;
import org.maracdesk.casework.matching.MatchStrength;
import org.maracdesk.risk.Answer;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.ui.common.Messages;

/** The words for the codes a referral uses, from the message bundle (the keys are written out so a test finds them). */
final class ReferralText {
    private static final Map<Agency, String> AGENCIES = Map.ofEntries(
            Map.entry(Agency.POLICE, "referral.agency.police"),
            Map.entry(Agency.IDVA, "referral.agency.idva"),
            Map.entry(Agency.CHILDRENS_SOCIAL_CARE, "referral.agency.csc"),
            Map.entry(Agency.ADULT_SOCIAL_CARE, "referral.agency.asc"),
            Map.entry(Agency.GP, "referral.agency.gp"),
            Map.entry(Agency.ACUTE_HEALTH, "referral.agency.acuteHealth"),
            Map.entry(Agency.MENTAL_HEALTH, "referral.agency.mentalHealth"),
            Map.entry(Agency.HOUSING, "referral.agency.housing"),
            Map.entry(Agency.REGISTERED_SOCIAL_LANDLORD, "referral.agency.rsl"),
            Map.entry(Agency.PROBATION, "referral.agency.probation"),
            Map.entry(Agency.EDUCATION, "referral.agency.education"),
            Map.entry(Agency.SUBSTANCE_MISUSE, "referral.agency.substanceMisuse"),
            Map.entry(Agency.SPECIALIST, "referral.agency.specialist"),
            Map.entry(Agency.SPECIALIST_BAMER, "referral.agency.bamer"),
            Map.entry(Agency.SPECIALIST_LGBT, "referral.agency.lgbt"),
            Map.entry(Agency.SEXUAL_ABUSE_SERVICE, "referral.agency.sexualAbuse"),
            Map.entry(Agency.PERPETRATOR_PROGRAMME, "referral.agency.perpetratorProgramme"),
            Map.entry(Agency.FIRE, "referral.agency.fire"),
            Map.entry(Agency.AMBULANCE, "referral.agency.ambulance"),
            Map.entry(Agency.CAFCASS, "referral.agency.cafcass"));
    private static final Map<ReferralFlag, String> FLAGS = Map.of(
            ReferralFlag.PETS, "referral.flag.pets",
            ReferralFlag.NO_RECOURSE_TO_PUBLIC_FUNDS, "referral.flag.nrpf",
            ReferralFlag.TECH_FACILITATED_ABUSE, "referral.flag.tech",
            ReferralFlag.COUNTER_ALLEGATION, "referral.flag.counterAllegation",
            ReferralFlag.CAPVA, "referral.flag.capva",
            ReferralFlag.RURAL, "referral.flag.rural");
    private static final Map<Answer, String> ANSWERS = Map.of(Answer.YES, "referral.answer.yes",
            Answer.NO, "referral.answer.no", Answer.DONT_KNOW, "referral.answer.dontKnow",
            Answer.NOT_ASKED, "referral.answer.notAsked");
    private static final Map<ReferralRoute, String> ROUTES = Map.of(
            ReferralRoute.VISIBLE_HIGH_RISK, "referral.route.visibleHighRisk",
            ReferralRoute.PROFESSIONAL_JUDGEMENT, "referral.route.professionalJudgement",
            ReferralRoute.POTENTIAL_ESCALATION, "referral.route.potentialEscalation",
            ReferralRoute.REPEAT, "referral.route.repeat");
    private static final Map<ReferralStatus, String> STATUSES = Map.of(
            ReferralStatus.DRAFT, "referral.status.draft", ReferralStatus.ACCEPTED, "referral.status.accepted",
            ReferralStatus.IDVA_ONLY, "referral.status.idvaOnly", ReferralStatus.DECLINED, "referral.status.declined");
    private static final Map<Tri, String> TRIS = Map.of(Tri.NOT_KNOWN, "referral.tri.notKnown",
            Tri.YES, "referral.tri.yes", Tri.NO, "referral.tri.no");
    private static final Map<Gender, String> GENDERS = Map.of(Gender.FEMALE, "referral.gender.female",
            Gender.MALE, "referral.gender.male", Gender.NON_BINARY, "referral.gender.nonBinary",
            Gender.NOT_KNOWN, "referral.gender.notKnown");
    private static final Map<MatchStrength, String> STRENGTHS = Map.of(MatchStrength.EXACT, "referral.match.exact",
            MatchStrength.LIKELY, "referral.match.likely", MatchStrength.POSSIBLE, "referral.match.possible");
    private static final Map<MatchReason, String> REASONS = Map.ofEntries(
            Map.entry(MatchReason.SAME_DATE_OF_BIRTH, "referral.match.sameDob"),
            Map.entry(MatchReason.DATE_OF_BIRTH_DAY_MONTH_SWAPPED, "referral.match.dobSwapped"),
            Map.entry(MatchReason.DIFFERENT_DATE_OF_BIRTH, "referral.match.differentDob"),
            Map.entry(MatchReason.NO_DATE_OF_BIRTH_TO_COMPARE, "referral.match.noDob"),
            Map.entry(MatchReason.SAME_NAME, "referral.match.sameName"),
            Map.entry(MatchReason.NAMES_SWAPPED, "referral.match.namesSwapped"),
            Map.entry(MatchReason.SAME_SURNAME, "referral.match.sameSurname"),
            Map.entry(MatchReason.SURNAME_SPELT_DIFFERENTLY, "referral.match.surnameSpelling"),
            Map.entry(MatchReason.DIFFERENT_SURNAME, "referral.match.differentSurname"),
            Map.entry(MatchReason.SAME_FIRST_NAME, "referral.match.sameFirstName"),
            Map.entry(MatchReason.FIRST_NAME_SPELT_DIFFERENTLY, "referral.match.firstNameSpelling"),
            Map.entry(MatchReason.FIRST_NAME_AS_INITIAL, "referral.match.initial"),
            Map.entry(MatchReason.DIFFERENT_FIRST_NAME, "referral.match.differentFirstName"),
            Map.entry(MatchReason.MATCHES_ALIAS, "referral.match.alias"),
            Map.entry(MatchReason.SAME_POSTCODE, "referral.match.samePostcode"),
            Map.entry(MatchReason.SAME_OUTWARD_CODE, "referral.match.sameOutward"));

    private final Messages messages;

    ReferralText(Messages messages) {
        this.messages = messages;
    }

    String agency(Agency a) {
        return a == null ? messages.get("referral.none") : messages.get(AGENCIES.get(a));
    }

    /** For codes stored as text (the referral list); the code itself if unknown. */
    String agencyCode(String code) {
        return code == null ? "" : Agency.fromCode(code).map(this::agency).orElse(code);
    }

    String flag(ReferralFlag f) {
        return messages.get(FLAGS.get(f));
    }

    String answer(Answer a) {
        return messages.get(ANSWERS.get(a));
    }

    String route(ReferralRoute r) {
        return messages.get(ROUTES.get(r));
    }

    String status(ReferralStatus s) {
        return messages.get(STATUSES.get(s));
    }

    String tri(Tri t) {
        return messages.get(TRIS.get(t));
    }

    String gender(Gender g) {
        return messages.get(GENDERS.get(g));
    }

    String strength(MatchStrength s) {
        return s == null ? messages.get("referral.match.linked") : messages.get(STRENGTHS.get(s));
    }

    String reason(MatchReason r) {
        return messages.get(REASONS.get(r));
    }

    String band(String band) {
        return switch (band) {
            case "high" -> messages.get("band.high");
            case "medium" -> messages.get("band.medium");
            case "standard" -> messages.get("band.standard");
            default -> band;
        };
    }
}
