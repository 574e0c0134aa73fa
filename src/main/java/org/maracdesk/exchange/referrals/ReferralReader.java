package org.maracdesk.exchange.referrals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Consent;
import org.maracdesk.casework.PoliceDetails;
import org.maracdesk.casework.PreviousMarac;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.casework.VictimVoice;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.NewReferral;
import org.maracdesk.casework.intake.RelatedPerson;

/**
 * One referral object of a file → a {@link NewReferral}, collecting every problem of form
 * (wrong type, unknown field or code, a date that is not a date). Rules of meaning (required
 * fields, dates, ages, answers the instrument allows) are {@code ReferralChecks}'; this reader
 * leaves a value null where it could not read it. The status is {@code accepted} when left out.
 */
final class ReferralReader {
    static final Set<String> TOP_LEVEL = Set.of("formReference", "referralDate", "status", "decisionReason",
            "referrer", "victim", "perpetrators", "children", "othersAtRisk", "risk", "flags", "consent",
            "victimVoice", "incidentSummary", "police", "previousMarac", "transferIn", "mustNotReceive",
            "victimCircumstances", "perpetratorCircumstances", "policeAndCourts");

    private ReferralReader() {
    }

    static NewReferral read(Fields f) {
        f.allowOnly(TOP_LEVEL);
        ReferralStatus status = f.code("status", Codes::status, Codes.names(ReferralStatus.class));
        if (f.raw("status") == null) {
            status = ReferralStatus.ACCEPTED;
        }
        Fields referrer = f.object("referrer");
        Agency agency = referrer == null ? null : referrer.code("agency", Agency::fromCode, Agency.codes());
        Fields victim = f.object("victim");
        Fields risk = f.object("risk");
        return new NewReferral(f.text("formReference"), f.date("referralDate"), status, f.text("decisionReason"),
                agency, referrer == null ? null : referrer(referrer), victim == null ? null : PersonReader.victim(victim),
                related(f, "perpetrators"), related(f, "children"), related(f, "othersAtRisk"),
                risk == null ? null : RiskReader.read(risk), flags(f), consent(f.object("consent")),
                voice(f.object("victimVoice")), f.text("incidentSummary"), police(f.object("police")),
                previousMarac(f.object("previousMarac")), Boolean.TRUE.equals(f.bool("transferIn")),
                mustNotReceive(f), CircumstancesReader.read(f.object("victimCircumstances"),
                        f.object("perpetratorCircumstances"), f.object("policeAndCourts")));
    }

    private static ReferrerDetails referrer(Fields f) {
        f.allowOnly(Set.of("agency", "name", "role", "phone", "email", "managerConsulted", "ricAttached",
                "managerSignOff", "signedOffOn"));
        String signOff = f.text("managerSignOff");
        return new ReferrerDetails(f.text("name"), f.text("role"), f.phone("phone"), f.text("email"),
                f.bool("managerConsulted"), f.bool("ricAttached"),
                signOff == null || signOff.isBlank() ? null : signOff.strip(), f.date("signedOffOn"));
    }

    private static List<RelatedPerson> related(Fields f, String key) {
        return f.objects(key).stream().map(PersonReader::related).toList();
    }

    private static Set<ReferralFlag> flags(Fields f) {
        Set<ReferralFlag> flags = EnumSet.noneOf(ReferralFlag.class);
        List<String> allowed = new ArrayList<>(Codes.names(ReferralFlag.class));
        allowed.addAll(Codes.FLAG_ALIASES.keySet());
        for (String code : f.list("flags")) {
            Codes.flag(code).ifPresentOrElse(flags::add, () -> f.sink().add(f.pathOf("flags"),
                    "\"" + Codes.shown(code) + "\" is not one of " + String.join(", ", allowed)));
        }
        return flags;
    }

    private static Consent consent(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(Set.of("victimAware", "consentGiven", "note"));
        return new Consent(f.bool("victimAware"), f.bool("consentGiven"), f.text("note"));
    }

    private static VictimVoice voice(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(Set.of("summary", "fears", "safeToTalkTo", "notSafeToTalkTo", "wants"));
        return new VictimVoice(f.text("summary"), f.text("fears"), f.text("safeToTalkTo"), f.text("notSafeToTalkTo"),
                f.text("wants"));
    }

    private static PoliceDetails police(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(Set.of("reference", "crimeNumbers"));
        List<String> crimes = f.list("crimeNumbers");
        return new PoliceDetails(f.text("reference"), crimes.isEmpty() ? null : String.join("; ", crimes));
    }

    private static PreviousMarac previousMarac(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(Set.of("area", "date"));
        return new PreviousMarac(f.text("area"), f.date("date"));
    }

    private static List<MustNotReceiveEntry> mustNotReceive(Fields f) {
        List<MustNotReceiveEntry> entries = new ArrayList<>();
        for (Fields e : f.objects("mustNotReceive")) {
            e.allowOnly(Set.of("agency", "person", "reason"));
            entries.add(new MustNotReceiveEntry(e.code("agency", Agency::fromCode, Agency.codes()), e.text("person"),
                    e.text("reason")));
        }
        return entries;
    }
}
