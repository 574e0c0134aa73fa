package org.maracdesk.demo.synthetic;

import static org.maracdesk.demo.synthetic.DashAnswers.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.ReferralFlag;

/**
 * Short, non-graphic template sentences for the incident summary, the victim's voice and the reason for a
 * professional-judgement referral (per referral, drawn with the run's random numbers), and the fixed texts the
 * demo vault's meeting records use (risks, plans, research, attendees). Identical texts share one String instance.
 */
public final class CaseTexts {

    /** Everything the templates may refer to for one referral. */
    record Context(Household household, DashAnswers answers, Integer incidents, boolean repeat, int flags,
                   boolean transferIn, LocalDate date) {
        boolean yes(int item) {
            return answers.isYes(item);
        }

        boolean flag(ReferralFlag f) {
            return (flags & FlagSets.bit(f)) != 0;
        }

        boolean hasChildren() {
            return !household.children.isEmpty();
        }

        boolean hasBaby() {
            LocalDate cutoff = date.minusMonths(18);
            for (SyntheticPerson c : household.children) {
                if (c.dateOfBirth().isAfter(cutoff)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasSchoolAgeChild() {
            for (SyntheticPerson c : household.children) {
                int age = c.ageOn(date);
                if (age >= 5 && age <= 16) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Rng rng;
    private final Map<String, String> shared = new HashMap<>();

    CaseTexts(Rng rng) {
        this.rng = rng;
    }

    private String share(String s) {
        String existing = shared.putIfAbsent(s, s);
        return existing == null ? s : existing;
    }

    // ---------------------------------------------------------------- incident summary

    String incidentSummary(Context c) {
        Household h = c.household();
        List<String> openings = new ArrayList<>();
        List<String> topical = new ArrayList<>();
        openings.add("Police were called to a verbal argument at the home address; the victim described a long "
            + "history of controlling behaviour.");
        openings.add("A neighbour reported shouting at the address and police attended; no arrest was made.");
        openings.add("The victim contacted the helpline after an argument in which {rp} damaged items in the home.");
        openings.add("The victim disclosed ongoing abuse during a routine appointment with the referrer.");
        if (h.kind == Household.Kind.CAPVA_CHILD) {
            topical.add("{RP}, aged {age}, has pushed the victim and damaged property at home during arguments "
                + "about house rules.");
            topical.add("{RP}, aged {age}, has become increasingly aggressive at home and the victim is afraid to "
                + "challenge {po}.");
        } else if (h.kind == Household.Kind.ADULT_CHILD) {
            topical.add("{RP} has been demanding money and became aggressive when the victim refused.");
        } else if (h.kind == Household.Kind.IN_LAW) {
            topical.add("The victim reports being kept at home by {rp} and not allowed to contact {vp} own family.");
        }
        if (c.yes(INJURY)) {
            topical.add("Police attended after an assault at the home address; the victim had minor visible "
                + "injuries and declined hospital treatment.");
        }
        if (c.yes(SEPARATION)) {
            topical.add("The incident followed the victim's attempt to separate from {rp}, who arrived at the "
                + "address uninvited.");
        }
        if (c.yes(STALKING)) {
            boolean together = h.primaryPerpetrator().address() == h.victim.address();
            if (together) {
                topical.add("{RP} monitors the victim's movements and demands to know where the victim is at all times.");
            } else {
                topical.add("{RP} has been seen waiting outside the victim's home on several occasions.");
                if (h.victim.ageOn(c.date()) < 66) {
                    topical.add("{RP} has repeatedly turned up at the victim's workplace and sends messages "
                        + "throughout the day.");
                }
            }
        }
        if (c.yes(WEAPONS)) {
            topical.add("During the latest incident {rp} threatened the victim with an object; police seized it "
                + "at the scene.");
        }
        if (c.yes(THREATS_TO_KILL)) {
            topical.add("During the latest incident {rp} threatened to kill the victim, and the victim believes "
                + "the threat.");
        }
        if (c.yes(STRANGULATION)) {
            topical.add("The victim disclosed a non-fatal strangulation during an argument last month.");
        }
        if (c.yes(CHILD_CONTACT)) {
            topical.add("An argument at a child-contact handover escalated and police were called.");
        }
        if (c.yes(BREACHES)) {
            topical.add("{RP} has breached bail conditions by contacting the victim several times.");
        }
        if (c.yes(FINANCIAL)) {
            topical.add("{RP} controls the household money and the victim has no access to a bank account.");
        }
        if (c.yes(CONTROL)) {
            topical.add("{RP} checks the victim's phone and decides who {vs} can see.");
        }
        if (c.yes(ISOLATED)) {
            topical.add("The victim has been prevented from seeing family and friends for several months.");
        }
        String opening = !topical.isEmpty() && rng.chance(0.8)
            ? topical.get(rng.nextInt(topical.size()))
            : openings.get(rng.nextInt(openings.size()));

        List<String> extras = new ArrayList<>();
        if (c.incidents() != null && c.incidents() >= 2) {
            extras.add("There have been " + c.incidents() + " police call-outs in the last 12 months.");
        }
        if (c.hasChildren()) {
            extras.add("The children were in the home at the time.");
        }
        if (c.yes(PREGNANCY)) {
            extras.add(c.hasBaby() ? "The victim has a baby under 18 months." : "The victim is pregnant.");
        }
        if (c.yes(SUBSTANCES)) {
            extras.add("Alcohol and drug use by {rp} is reported to be increasing.");
        }
        if (c.yes(GETTING_WORSE)) {
            extras.add("The victim says the abuse has got worse in recent weeks.");
        }
        if (c.yes(DEPRESSED)) {
            extras.add("The victim reports low mood and is being supported by {vp} GP.");
        }
        if (c.repeat()) {
            extras.add("Repeat referral: a further incident since the last MARAC.");
        }
        if (c.flag(ReferralFlag.NO_RECOURSE_TO_PUBLIC_FUNDS)) {
            extras.add("The victim has insecure immigration status and no recourse to public funds.");
        }
        if (c.flag(ReferralFlag.TECH_FACILITATED_ABUSE)) {
            extras.add("{RP} is believed to be tracking the victim's phone location.");
        }
        if (c.flag(ReferralFlag.PETS)) {
            extras.add("The victim has pets and is reluctant to go into a refuge without them.");
        }
        if (c.flag(ReferralFlag.COUNTER_ALLEGATION)) {
            extras.add("{RP} has made a counter-allegation against the victim.");
        }
        if (c.transferIn()) {
            extras.add("The victim has recently moved into the area from another MARAC area.");
        }
        if (c.flag(ReferralFlag.RURAL)) {
            extras.add("The victim lives in an isolated rural location with limited public transport.");
        }
        StringBuilder text = new StringBuilder(opening);
        int wanted = Math.min(extras.size(), rng.chance(0.25) ? 0 : rng.chance(0.65) ? 1 : 2);
        int first = -1;
        for (int k = 0; k < wanted; k++) {
            int i = rng.nextInt(extras.size());
            if (i == first) {
                continue;
            }
            first = i;
            text.append(' ').append(extras.get(i));
        }
        return fill(text.toString(), c);
    }

    // ---------------------------------------------------------------- victim's voice

    String victimVoice(Context c) {
        Household h = c.household();
        SyntheticPerson v = h.victim;
        if (rng.chance(0.12)) {
            return share(rng.chance(0.5)
                ? "The victim has not been told about the referral; the Idva will make contact when it is safe to do so."
                : "The victim declined to give views at this stage.");
        }
        List<String> options = new ArrayList<>();
        options.add("\"I want to feel safe in my own home.\"");
        options.add("\"I just want it to stop.\"");
        options.add("\"I'm frightened of what {ps} will do next.\"");
        options.add("\"Please only call my work number; my mobile is not safe.\"");
        options.add("\"I'm worried about losing my job if I have to keep taking time off.\"");
        options.add("The victim minimises the abuse but has agreed to speak to the Idva.");
        if (h.kind != Household.Kind.CAPVA_CHILD) {
            options.add("\"I want to move somewhere {ps} cannot find me.\"");
        }
        if (h.kind.intimate || h.kind == Household.Kind.ADULT_CHILD) {
            options.add("\"I don't want {po} arrested; I want {po} to get help.\"");
        }
        if (c.hasChildren()) {
            options.add("\"I need to know the children will be safe.\"");
            options.add("\"I want contact with the children to be safe for everyone.\"");
        }
        if (c.hasSchoolAgeChild()) {
            options.add("\"I want help with housing so the children can stay at their school.\"");
        }
        if (c.flag(ReferralFlag.PETS)) {
            options.add("\"I want to keep my pets with me if I have to leave.\"");
        }
        if (h.kind == Household.Kind.CAPVA_CHILD) {
            options.add("\"I love my child, but I can't cope with what is happening at home any more.\"");
        }
        String first = options.get(rng.nextInt(options.size()));
        String text = first;
        if (v.diversity().interpreterNeeded()) {
            text = text + " The victim asks for " + (v.gender() == Gender.FEMALE ? "a female " : "an ")
                + v.diversity().language() + " interpreter for all contact.";
        } else if (rng.chance(0.2)) {
            String second = options.get(rng.nextInt(options.size()));
            if (!second.equals(first)) {
                text = text + " " + second;
            }
        }
        return fill(text, c);
    }

    // ---------------------------------------------------------------- professional judgement

    String professionalJudgementReason(Context c) {
        Household h = c.household();
        List<String> options = new ArrayList<>();
        options.add("The victim's fear is very high and the referrer believes the checklist understates the risk.");
        options.add("The victim minimises the abuse; the referrer's observations indicate high risk.");
        if (h.kind != Household.Kind.CAPVA_CHILD) {
            options.add("{RP} is due for release from custody shortly and has made threats.");
        }
        if (c.yes(STRANGULATION)) {
            options.add("Recent non-fatal strangulation disclosed, a serious risk factor.");
        }
        if (c.yes(THREATS_TO_KILL)) {
            options.add("A credible threat to kill was made in the last week.");
        }
        if (c.yes(SEPARATION)) {
            options.add("The victim has just separated, a recognised trigger for escalation.");
        }
        if (c.yes(PREGNANCY)) {
            options.add("The abuse has escalated during pregnancy or since the baby was born.");
        }
        if (h.victim.diversity().interpreterNeeded()) {
            options.add("Language barriers and isolation limit the victim's access to help.");
        }
        if (c.flag(ReferralFlag.NO_RECOURSE_TO_PUBLIC_FUNDS)) {
            options.add("Insecure immigration status leaves the victim dependent on {rp}.");
        }
        if (h.victim.diversity().disabled()) {
            options.add("The victim has care and support needs and relies on {rp} for help at home.");
        }
        if (h.kind == Household.Kind.IN_LAW || h.perpetrators.size() > 1) {
            options.add("Concerns about 'honour'-based abuse involving extended family.");
        }
        if (c.flag(ReferralFlag.RURAL)) {
            options.add("The victim is geographically isolated with no access to transport.");
        }
        if (h.kind == Household.Kind.CAPVA_CHILD && c.hasChildren()) {
            options.add("Escalating child-to-parent violence with younger children in the home.");
        }
        return fill(options.get(rng.nextInt(options.size())), c);
    }

    // ---------------------------------------------------------------- meeting records (demo vault)

    private static final String[] RISKS_TO_VICTIM = {
        "Threats to kill made in front of the children; recent strangulation.",
        "Escalating stalking since separation; turns up at her workplace.",
        "Financial control and isolation from family; alcohol use increasing.",
        "Breach of bail conditions twice this month."};
    private static final String[] SAFETY_PLANS = {
        "Idva to agree a safety plan with her this week; police marker on the address; sanctuary measures.",
        "Housing to look at a management transfer; school safeguarding lead informed; Idva to keep in contact.",
        "Police to review bail conditions; GP flag on the record; Idva to discuss a non-molestation order."};

    /** Risks to the victim recorded for the {@code n}th case heard at a meeting (0-based). */
    public static String risksToVictim(int n) {
        return RISKS_TO_VICTIM[n % RISKS_TO_VICTIM.length];
    }

    public static String risksFromPerpetrator() {
        return "Perpetrator known to police for violence; not engaging with services.";
    }

    /** The joint safety plan recorded for the {@code n}th case heard at a meeting (0-based). */
    public static String safetyPlan(int n) {
        return SAFETY_PLANS[n % SAFETY_PLANS.length];
    }

    /** What an agency's research found before a meeting. */
    public static String researchFacts(Agency agency) {
        return "Records checked for the people named. " + switch (agency) {
            case POLICE -> "Three call-outs to the address in the last 12 months; one arrest for assault; bail"
                + " conditions not to contact the victim.";
            case IDVA -> "Victim engaged with the Idva; wants the perpetrator kept away from the children.";
            case CHILDRENS_SOCIAL_CARE -> "Children known: child in need plan opened last month.";
            case HOUSING -> "Tenancy in the victim's sole name; rent arrears since the separation.";
            default -> "Registered with the practice; two attendances with injuries this year.";
        };
    }

    /** An agency's professional opinion, kept apart from the facts. */
    public static String researchOpinion(Agency agency) {
        return agency == Agency.POLICE ? "Risk escalating: frequency and severity of incidents increasing."
            : "Victim appears frightened and isolated.";
    }

    /** An action the police propose before the meeting (owned by a neighbourhood sergeant). */
    public static String proposedPoliceAction() {
        return "Visit the perpetrator to discuss bail conditions and warn about further contact.";
    }

    /** The chair of a district's meetings. */
    public static String chair(String district) {
        return "Detective Inspector, " + district + " community safety unit";
    }

    /** The role of the person who signs in for an agency. */
    public static String representative(Agency agency) {
        return switch (agency) {
            case POLICE -> "Detective Sergeant, public protection";
            case IDVA -> "Idva service manager";
            case CHILDRENS_SOCIAL_CARE -> "Team manager, children's social care";
            case HOUSING -> "Housing options officer";
            case PROBATION -> "Probation officer";
            default -> "Named GP safeguarding lead";
        };
    }

    public static String observer() {
        return "Student social worker";
    }

    // ---------------------------------------------------------------- placeholders

    private String fill(String template, Context c) {
        if (template.indexOf('{') < 0) {
            return share(template);
        }
        Household h = c.household();
        Gender vg = h.victim.gender();
        Gender pg = h.primaryPerpetrator().gender();
        String vp = possessive(vg);
        String rp = vp + " " + h.primaryRelationship();
        String s = template
            .replace("{RP}", Character.toUpperCase(rp.charAt(0)) + rp.substring(1))
            .replace("{rp}", rp)
            .replace("{vp}", vp)
            .replace("{vs}", subject(vg))
            .replace("{ps}", subject(pg))
            .replace("{po}", object(pg))
            .replace("{age}", Integer.toString(h.primaryPerpetrator().ageOn(c.date())));
        return share(s);
    }

    private static String possessive(Gender g) {
        return g == Gender.FEMALE ? "her" : g == Gender.MALE ? "his" : "their";
    }

    private static String subject(Gender g) {
        return g == Gender.FEMALE ? "she" : g == Gender.MALE ? "he" : "they";
    }

    private static String object(Gender g) {
        return g == Gender.FEMALE ? "her" : g == Gender.MALE ? "him" : "them";
    }
}
