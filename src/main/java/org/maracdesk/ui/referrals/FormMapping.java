package org.maracdesk.ui.referrals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maracdesk.casework.ContactDetails;
import org.maracdesk.casework.Consent;
import org.maracdesk.casework.PoliceDetails;
import org.maracdesk.casework.PreviousMarac;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.casework.VictimVoice;
import org.maracdesk.casework.intake.DiversityDetails;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.NewReferral;
import org.maracdesk.casework.intake.PersonDetails;
import org.maracdesk.casework.intake.PersonLinks;
import org.maracdesk.casework.intake.PersonSuggestion;
import org.maracdesk.casework.intake.ReferralDraft;
import org.maracdesk.casework.intake.RelatedPerson;
import org.maracdesk.casework.intake.RiskInput;

/** Between the form's properties and the referral command it saves (and back, when a draft reopens). */
final class FormMapping {
    private FormMapping() {
    }

    static ReferralDraft draft(ReferralFormViewModel vm, Long id, Integer version) {
        List<RelatedPerson> perpetrators = new ArrayList<>();
        Map<Integer, Long> links = new HashMap<>();
        for (PersonFields p : vm.perpetrators) {
            if (!p.isBlank()) {
                if (p.link.get() != null) {
                    links.put(perpetrators.size(), p.link.get().personId());
                }
                perpetrators.add(p.related());
            }
        }
        Set<ReferralFlag> flags = EnumSet.noneOf(ReferralFlag.class);
        vm.history.flags.forEach((flag, on) -> {
            if (on.get()) {
                flags.add(flag);
            }
        });
        NewReferral form = new NewReferral(null, vm.referralDate.get(), ReferralStatus.DRAFT, null, vm.referrer.agency.get(),
                referrer(vm), victim(vm), perpetrators, related(vm.children), related(vm.othersAtRisk),
                new RiskInput(vm.checklist().sheet(), vm.grounds.incidents(),
                        vm.grounds.professionalJudgementChosen.get() ? Forms.text(vm.grounds.professionalJudgement) : null),
                flags, consent(vm), voice(vm), Forms.text(vm.grounds.incidentSummary), police(vm), previous(vm),
                vm.history.transferIn.get(), List.copyOf(vm.sharing.entries), vm.circumstances.value());
        Long victimLink = vm.victim.link.get() == null ? null : vm.victim.link.get().personId();
        return new ReferralDraft(id, version, form, new PersonLinks(victimLink, links, carried(vm.children),
                carried(vm.othersAtRisk)));
    }

    private static ReferrerDetails referrer(ReferralFormViewModel vm) {
        return new ReferrerDetails(Forms.text(vm.referrer.name), Forms.text(vm.referrer.role),
                Forms.text(vm.referrer.phone), Forms.text(vm.referrer.email), vm.referrer.managerConsulted.get().value(),
                vm.referrer.ricAttached.get().value(), Forms.text(vm.referrer.managerSignOff), vm.referrer.signedOffOn.get());
    }

    private static PersonDetails victim(ReferralFormViewModel vm) {
        PersonDetails d = vm.victim.details();
        ContactDetails contact = new ContactDetails(Forms.text(vm.victimDetails.phone), Forms.text(vm.victimDetails.email),
                vm.victimDetails.safeToCall.get().value(), Forms.text(vm.victimDetails.safeTimes), Forms.text(vm.victimDetails.safeContact));
        DiversityDetails diversity = new DiversityDetails(Forms.text(vm.victimDetails.ethnicity), vm.victimDetails.disabled.get().value(),
                vm.victimDetails.lgbt.get().value(), Forms.text(vm.victimDetails.firstLanguage), vm.victimDetails.interpreterNeeded.get().value());
        return new PersonDetails(d.givenName(), d.familyName(), d.aliases(), d.dateOfBirth(), d.gender(), d.address(),
                contact, diversity);
    }

    /** The stored people an imported draft's children and others at risk stay linked to, by position. */
    private static Map<Integer, Long> carried(List<PersonFields> people) {
        Map<Integer, Long> links = new HashMap<>();
        List<PersonFields> named = people.stream().filter(p -> !p.isBlank()).toList();
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i).link.get() != null) {
                links.put(i, named.get(i).link.get().personId());
            }
        }
        return links;
    }

    private static List<RelatedPerson> related(List<PersonFields> people) {
        return people.stream().filter(p -> !p.isBlank()).map(PersonFields::related).toList();
    }

    private static Consent consent(ReferralFormViewModel vm) {
        return new Consent(vm.voice.victimAware.get().value(), vm.voice.consentGiven.get().value(), Forms.text(vm.voice.consentNote));
    }

    private static VictimVoice voice(ReferralFormViewModel vm) {
        return new VictimVoice(Forms.text(vm.voice.summary), Forms.text(vm.voice.fears), Forms.text(vm.voice.safeToTalkTo),
                Forms.text(vm.voice.notSafeToTalkTo), Forms.text(vm.voice.wants));
    }

    private static PoliceDetails police(ReferralFormViewModel vm) {
        List<String> crimes = Forms.list(vm.history.crimeNumbers.get());
        String ref = Forms.text(vm.history.policeReference);
        return ref == null && crimes.isEmpty() ? null
                : new PoliceDetails(ref, crimes.isEmpty() ? null : String.join("; ", crimes));
    }

    private static PreviousMarac previous(ReferralFormViewModel vm) {
        String area = Forms.text(vm.history.previousArea);
        return area == null && vm.history.previousDate.get() == null ? null : new PreviousMarac(area, vm.history.previousDate.get());
    }

    static void load(ReferralFormViewModel vm, ReferralDraft draft) {
        NewReferral f = draft.form();
        vm.referralDate.set(f.referralDate());
        vm.referrer.agency.set(f.referringAgency());
        if (f.referrer() != null) {
            vm.referrer.name.set(Forms.show(f.referrer().name()));
            vm.referrer.role.set(Forms.show(f.referrer().role()));
            vm.referrer.phone.set(Forms.show(f.referrer().phone()));
            vm.referrer.email.set(Forms.show(f.referrer().email()));
            vm.referrer.managerConsulted.set(Tri.of(f.referrer().managerConsulted()));
            vm.referrer.ricAttached.set(Tri.of(f.referrer().ricAttached()));
            vm.referrer.managerSignOff.set(Forms.show(f.referrer().managerSignOff()));
            vm.referrer.signedOffOn.set(f.referrer().signedOffOn());
        }
        loadPeople(vm, draft);
        vm.checklist().load(f.risk().answers());
        Integer n = f.risk().policeIncidentsLast12Months();
        vm.grounds.policeIncidents.set(n == null ? "" : n.toString());
        vm.grounds.professionalJudgementChosen.set(f.risk().professionalJudgement() != null);
        vm.grounds.professionalJudgement.set(Forms.show(f.risk().professionalJudgement()));
        vm.history.flags.forEach((flag, on) -> on.set(f.flags().contains(flag)));
        vm.grounds.incidentSummary.set(Forms.show(f.incidentSummary()));
        loadVoice(vm, f);
        vm.history.policeReference.set(f.police() == null ? "" : Forms.show(f.police().reference()));
        vm.history.crimeNumbers.set(f.police() == null ? "" : Forms.show(f.police().crimeNumbers()));
        vm.history.previousArea.set(f.previousMarac() == null ? "" : Forms.show(f.previousMarac().area()));
        vm.history.previousDate.set(f.previousMarac() == null ? null : f.previousMarac().date());
        vm.history.transferIn.set(f.transferIn());
        vm.sharing.entries.setAll(f.mustNotReceive());
        vm.circumstances.load(f.circumstances());
    }

    /** The people of a draft and the stored people they are linked to (a whole draft, or one begun from a case). */
    static void loadPeople(ReferralFormViewModel vm, ReferralDraft draft) {
        NewReferral f = draft.form();
        loadVictim(vm, f.victim());
        vm.perpetrators.setAll(people(f.perpetrators()));
        if (vm.perpetrators.isEmpty()) {
            vm.perpetrators.add(new PersonFields());
        }
        vm.children.setAll(people(f.children()));
        vm.othersAtRisk.setAll(people(f.othersAtRisk()));
        PersonLinks links = draft.links();
        if (links.victim() != null) {
            vm.victim.link.set(placeholder(links.victim(), f.victim()));
        }
        links.perpetrators().forEach((i, id) -> {
            if (i < vm.perpetrators.size()) {
                vm.perpetrators.get(i).link.set(placeholder(id, f.perpetrators().get(i).person()));
            }
        });
        links.children().forEach((i, id) -> {
            if (i < vm.children.size()) {
                vm.children.get(i).link.set(placeholder(id, f.children().get(i).person()));
            }
        });
        links.othersAtRisk().forEach((i, id) -> {
            if (i < vm.othersAtRisk.size()) {
                vm.othersAtRisk.get(i).link.set(placeholder(id, f.othersAtRisk().get(i).person()));
            }
        });
    }

    private static void loadVictim(ReferralFormViewModel vm, PersonDetails v) {
        vm.victim.load(v);
        if (v == null) {
            return;
        }
        ContactDetails c = v.contact();
        if (c != null) {
            vm.victimDetails.phone.set(Forms.show(c.getPhone()));
            vm.victimDetails.email.set(Forms.show(c.getEmail()));
            vm.victimDetails.safeToCall.set(Tri.of(c.getSafeToCall()));
            vm.victimDetails.safeTimes.set(Forms.show(c.getSafeTimes()));
            vm.victimDetails.safeContact.set(Forms.show(c.getSafeContact()));
        }
        DiversityDetails d = v.diversity();
        if (d != null) {
            vm.victimDetails.ethnicity.set(Forms.show(d.ethnicity()));
            vm.victimDetails.disabled.set(Tri.of(d.disabled()));
            vm.victimDetails.lgbt.set(Tri.of(d.lgbt()));
            vm.victimDetails.firstLanguage.set(Forms.show(d.firstLanguage()));
            vm.victimDetails.interpreterNeeded.set(Tri.of(d.interpreterNeeded()));
        }
    }

    private static void loadVoice(ReferralFormViewModel vm, NewReferral f) {
        if (f.consent() != null) {
            vm.voice.victimAware.set(Tri.of(f.consent().victimAware()));
            vm.voice.consentGiven.set(Tri.of(f.consent().consentGiven()));
            vm.voice.consentNote.set(Forms.show(f.consent().note()));
        }
        if (f.voice() != null) {
            vm.voice.summary.set(Forms.show(f.voice().summary()));
            vm.voice.fears.set(Forms.show(f.voice().fears()));
            vm.voice.safeToTalkTo.set(Forms.show(f.voice().safeToTalkTo()));
            vm.voice.notSafeToTalkTo.set(Forms.show(f.voice().notSafeToTalkTo()));
            vm.voice.wants.set(Forms.show(f.voice().wants()));
        }
    }

    private static List<PersonFields> people(List<RelatedPerson> related) {
        return related.stream().map(r -> {
            PersonFields p = new PersonFields();
            p.load(r);
            return p;
        }).toList();
    }

    /** A link reopened from a draft: the person's id, shown with the name as typed. */
    private static PersonSuggestion placeholder(long personId, PersonDetails typed) {
        return new PersonSuggestion(personId, typed == null ? "" : Forms.show(typed.givenName()),
                typed == null ? "" : Forms.show(typed.familyName()), typed == null ? null : typed.dateOfBirth(), null,
                0, null, List.of(), null);
    }

    /** The same agency and the same person (ignoring case and spacing) as another entry. */
    static boolean sameEntry(MustNotReceiveEntry a, MustNotReceiveEntry b) {
        return a.agency() == b.agency() && norm(a.personName()).equals(norm(b.personName()));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
