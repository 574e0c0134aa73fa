package org.maracdesk.demo.synthetic;

import static org.maracdesk.demo.synthetic.DashAnswers.*;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ReferralFlag;

/** Realistic MARAC action descriptions per agency, each with the case circumstances it fits. */
final class ActionTemplates {

    /** What a template's condition may look at (derived facts computed once). */
    static final class Case {
        private final SyntheticReferral referral;
        private final DashAnswers answers;
        private final boolean schoolAgeChild;
        private final boolean careNeeds;

        Case(SyntheticReferral referral, DashAnswers answers, LocalDate meetingDate) {
            this.referral = referral;
            this.answers = answers;
            boolean school = false;
            LocalDate born4 = meetingDate.minusYears(4);
            LocalDate born17 = meetingDate.minusYears(18);
            for (SyntheticPerson c : referral.children()) {
                LocalDate dob = c.dateOfBirth();
                school |= !dob.isAfter(born4) && dob.isAfter(born17);
            }
            this.schoolAgeChild = school;
            this.careNeeds = referral.victim().diversity().disabled()
                || !referral.victim().dateOfBirth().isAfter(meetingDate.minusYears(70));
        }

        SyntheticReferral referral() {
            return referral;
        }

        boolean yes(int item) {
            return answers.isYes(item);
        }

        boolean flag(ReferralFlag f) {
            return referral.flags().contains(f);
        }

        boolean children() {
            return !referral.children().isEmpty();
        }

        /** A child aged 4 to 17 (on the school roll). */
        boolean schoolAgeChild() {
            return schoolAgeChild;
        }

        boolean victimHasCareNeeds() {
            return careNeeds;
        }
    }

    /** {@code usual}: agreed for nine cases in ten (the Idva's update to the victim). */
    record Template(Agency agency, ActionTarget target, String description, double weight,
                    Predicate<Case> fits, boolean usual) {
    }

    private static final Predicate<Case> ALWAYS = c -> true;

    static final List<Template> ALL = List.of(
        // Police
        t(Agency.POLICE, ActionTarget.VICTIM, "Flag the address for an urgent police response", 5, ALWAYS),
        t(Agency.POLICE, ActionTarget.PERPETRATOR,
            "Review bail conditions and consider a Domestic Violence Protection Notice and Order", 2, ALWAYS),
        t(Agency.POLICE, ActionTarget.PERPETRATOR, "Locate and arrest the perpetrator for the outstanding "
            + "offence", 1.5, c -> c.yes(BREACHES) || c.yes(CRIMINAL_HISTORY)),
        t(Agency.POLICE, ActionTarget.VICTIM,
            "Consider a disclosure under the Domestic Violence Disclosure Scheme", 1, c -> c.yes(CRIMINAL_HISTORY)),
        t(Agency.POLICE, ActionTarget.VICTIM,
            "Complete a joint visit with the Idva to discuss safety options", 1.5, ALWAYS),
        t(Agency.POLICE, ActionTarget.PERPETRATOR,
            "Complete a stalking risk screening and consider a Stalking Protection Order", 2, c -> c.yes(STALKING)),
        t(Agency.POLICE, ActionTarget.VICTIM, "Record the crimes disclosed at MARAC and allocate them for "
            + "investigation", 1, ALWAYS),
        t(Agency.POLICE, ActionTarget.VICTIM, "Provide a panic alarm linked to the control room", 1.2,
            c -> c.yes(THREATS_TO_KILL) || c.yes(STRANGULATION)),
        t(Agency.POLICE, ActionTarget.OTHER,
            "Give safety advice to the other person at risk and flag their address", 2,
            c -> !c.referral().othersAtRisk().isEmpty()),
        // Idva
        new Template(Agency.IDVA, ActionTarget.VICTIM,
            "Contact the victim to share the MARAC outcome and review the safety plan", 2, ALWAYS, true),
        t(Agency.IDVA, ActionTarget.VICTIM, "Support the victim to apply for a non-molestation order", 2,
            c -> !c.flag(ReferralFlag.CAPVA)),
        t(Agency.IDVA, ActionTarget.VICTIM, "Refer the victim to a specialist counselling service", 1, ALWAYS),
        t(Agency.IDVA, ActionTarget.VICTIM, "Arrange an interpreter for all future contact with the victim", 4,
            c -> c.referral().victim().diversity().interpreterNeeded()),
        t(Agency.IDVA, ActionTarget.VICTIM, "Refer to the local no-recourse team and support an application "
            + "for the destitution domestic violence concession", 5,
            c -> c.flag(ReferralFlag.NO_RECOURSE_TO_PUBLIC_FUNDS)),
        t(Agency.IDVA, ActionTarget.VICTIM,
            "Provide a safe mobile phone and advice on securing the victim's devices and accounts", 4,
            c -> c.flag(ReferralFlag.TECH_FACILITATED_ABUSE)),
        t(Agency.IDVA, ActionTarget.VICTIM, "Refer the victim's pets to a pet-fostering scheme so a refuge "
            + "place can be considered", 2, c -> c.flag(ReferralFlag.PETS)),
        t(Agency.IDVA, ActionTarget.VICTIM,
            "Request the previous MARAC's minutes and action plan and complete an Idva handover", 5,
            c -> c.referral().transferIn()),
        // Children's social care
        t(Agency.CHILDRENS_SOCIAL_CARE, ActionTarget.CHILD, "Complete a child and family assessment", 4,
            ActionTemplates.Case::children),
        t(Agency.CHILDRENS_SOCIAL_CARE, ActionTarget.CHILD,
            "Hold a strategy discussion about the children's safety", 2, ActionTemplates.Case::children),
        t(Agency.CHILDRENS_SOCIAL_CARE, ActionTarget.CHILD,
            "Share the MARAC outcome with the allocated social worker", 2, ActionTemplates.Case::children),
        t(Agency.CHILDRENS_SOCIAL_CARE, ActionTarget.CHILD,
            "Review the child protection plan in light of the new information", 1, ActionTemplates.Case::children),
        // Adult social care
        t(Agency.ADULT_SOCIAL_CARE, ActionTarget.VICTIM, "Open a Care Act safeguarding enquiry", 4,
            ActionTemplates.Case::victimHasCareNeeds),
        t(Agency.ADULT_SOCIAL_CARE, ActionTarget.VICTIM,
            "Review the care package to reduce the victim's reliance on the perpetrator", 2,
            ActionTemplates.Case::victimHasCareNeeds),
        // GP
        t(Agency.GP, ActionTarget.VICTIM, "Flag the victim's record and offer an appointment at a safe time",
            1.5, ALWAYS),
        t(Agency.GP, ActionTarget.CHILD, "Add a safeguarding alert to the children's records", 1,
            ActionTemplates.Case::children),
        // Acute health
        t(Agency.ACUTE_HEALTH, ActionTarget.VICTIM,
            "Place an alert on the hospital record and share it with the emergency department", 1.5, ALWAYS),
        t(Agency.ACUTE_HEALTH, ActionTarget.VICTIM,
            "Ask the midwife to increase antenatal contact and see the victim alone at every visit", 4,
            c -> c.yes(PREGNANCY)),
        // Mental health
        t(Agency.MENTAL_HEALTH, ActionTarget.VICTIM, "Offer the victim a mental health assessment", 2.5,
            c -> c.yes(DEPRESSED)),
        t(Agency.MENTAL_HEALTH, ActionTarget.PERPETRATOR,
            "Share the perpetrator's mental health risk information with the police", 1.5,
            c -> c.yes(SUBSTANCES) || c.yes(SUICIDE)),
        // Housing
        t(Agency.HOUSING, ActionTarget.VICTIM, "Assess the victim for a management transfer to a safe address",
            2, ALWAYS),
        t(Agency.HOUSING, ActionTarget.VICTIM,
            "Fit additional locks and a secure door under the sanctuary scheme", 2, ALWAYS),
        t(Agency.HOUSING, ActionTarget.PERPETRATOR, "Consider tenancy enforcement action against the "
            + "perpetrator", 1, c -> c.referral().perpetrators().get(0).address() != c.referral().victim().address()),
        t(Agency.HOUSING, ActionTarget.VICTIM,
            "Flag the property so that repairs staff visit in pairs and never disclose the address", 1, ALWAYS),
        // Probation
        t(Agency.PROBATION, ActionTarget.PERPETRATOR,
            "Review licence conditions and consider an exclusion zone", 3, c -> c.yes(CRIMINAL_HISTORY)),
        t(Agency.PROBATION, ActionTarget.PERPETRATOR,
            "Refer the perpetrator to an accredited behaviour change programme", 1.5, c -> c.yes(CRIMINAL_HISTORY)),
        t(Agency.PROBATION, ActionTarget.PERPETRATOR,
            "Share the perpetrator's risk assessment and supervision plan with the police", 1.5,
            c -> c.yes(BREACHES)),
        // Education
        t(Agency.EDUCATION, ActionTarget.CHILD,
            "Inform the designated safeguarding lead and monitor the children's attendance", 3,
            ActionTemplates.Case::schoolAgeChild),
        t(Agency.EDUCATION, ActionTarget.CHILD, "Offer the children emotional support in school", 1.5,
            ActionTemplates.Case::schoolAgeChild),
        // Drug and alcohol services
        t(Agency.SUBSTANCE_MISUSE, ActionTarget.PERPETRATOR,
            "Offer the perpetrator an assessment with drug and alcohol services", 2.5, c -> c.yes(SUBSTANCES)),
        t(Agency.SUBSTANCE_MISUSE, ActionTarget.VICTIM,
            "Check whether the victim is known to the service and offer support", 0.5, ALWAYS),
        // Specialist services
        t(Agency.SPECIALIST, ActionTarget.VICTIM, "Offer a target-hardening assessment", 2.5, ALWAYS),
        t(Agency.SPECIALIST, ActionTarget.VICTIM, "Offer a place in a specialist refuge", 1.5,
            c -> !c.flag(ReferralFlag.CAPVA)),
        t(Agency.SPECIALIST, ActionTarget.VICTIM, "Refer to the specialist 'honour'-based abuse service", 4,
            c -> c.referral().perpetrators().size() > 1),
        t(Agency.SPECIALIST, ActionTarget.PERPETRATOR,
            "Refer the young person and parent to the child-to-parent violence support service", 6,
            c -> c.flag(ReferralFlag.CAPVA)),
        t(Agency.SPECIALIST, ActionTarget.CHILD,
            "Offer the children a place on a recovery programme for children affected by domestic abuse", 1,
            ActionTemplates.Case::schoolAgeChild));

    private ActionTemplates() {
    }

    private static Template t(Agency agency, ActionTarget target, String description, double weight,
                              Predicate<Case> fits) {
        return new Template(agency, target, description, weight, fits, false);
    }

    static final String[] DONE_NOTES = {
        "Completed; confirmed to the coordinator by email.",
        "Completed and recorded on the agency's system.",
        "Completed; the Idva has told the victim.",
        "Completed at a joint visit.",
        "Done; evidence held on the agency file.",
    };
    static final String[] OPEN_NOTES = {"In progress.", "Appointment booked.", "Awaiting a response from the victim."};
    static final String[] OVERDUE_NOTES = {
        "Chased by the coordinator; no update yet.",
        "Agency representative on leave; update expected at the next meeting.",
        "Partly done; the agency has asked for more time.",
    };
    private static final String[] NOT_POSSIBLE_VICTIM = {
        "Victim moved out of the area; details passed to the receiving MARAC.",
        "Victim declined the offer after discussion with the Idva.",
        "Unable to contact the victim safely after three attempts.",
        "Circumstances changed before the action could be taken.",
    };
    private static final String[] NOT_POSSIBLE_PERPETRATOR = {
        "Perpetrator remanded in custody; action no longer needed.",
        "Perpetrator's whereabouts unknown; police informed.",
        "Perpetrator has moved out of the area; details shared with the receiving probation area.",
    };
    private static final String[] NOT_POSSIBLE_CHILD = {
        "Family moved out of the area; case transferred to the receiving local authority.",
        "Children now living with a relative outside the area; information shared.",
    };
    private static final String[] NOT_POSSIBLE_OTHER = {
        "Person declined the offer.",
        "Unable to make contact after three attempts.",
    };

    static String[] notPossibleNotes(ActionTarget target) {
        return switch (target) {
            case VICTIM -> NOT_POSSIBLE_VICTIM;
            case PERPETRATOR -> NOT_POSSIBLE_PERPETRATOR;
            case CHILD -> NOT_POSSIBLE_CHILD;
            case OTHER -> NOT_POSSIBLE_OTHER;
        };
    }
    static final String[] NOT_DONE_NOTES = {
        "Not completed; the agency will explain at the next meeting.",
        "No update received from the agency despite reminders.",
        "Missed because of staff absence; the agency has been asked to reassign it.",
    };
}
