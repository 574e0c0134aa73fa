package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.casework.PersonDetailsLine;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.intake.ReferralRecord;
import org.maracdesk.casework.intake.ReferralRecordService;
import org.maracdesk.casework.intake.ReferralRow;
import org.maracdesk.risk.Answer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code referral list|show|rescore|reverse|correct-person}: decided referrals after the decision (coordinator).
 * Names are printed only with {@code --names}; refusals are our own one-line messages.
 */
final class ReferralRecordCommands {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReferralRecordCommands() {
    }

    /** Our own refusals (listed, changed meanwhile) as a one-line message and exit code 1. */
    static <T> T refusedPlainly(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalStateException e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Drafts, then the latest decided"
            + " referrals: id, status, referral date, case, score and band, tab-separated (no names).")
    static final class ListReferrals implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many decided referrals"
                + " (default 50).")
        int limit;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                for (ReferralRow r : vault.services().referralDrafts().list(Math.max(limit, 0))) {
                    System.out.println(r.id() + "\t" + r.status().name().toLowerCase(Locale.ROOT) + "\t"
                            + (r.referralDate() == null ? "-" : r.referralDate()) + "\t"
                            + (r.caseReference() == null ? "-" : r.caseReference()) + "\t"
                            + (r.score() == null ? "-" : r.score()) + "\t" + (r.band() == null ? "-" : r.band()));
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = {"One decided referral in full: the"
            + " decision and its reason, the case, every checklist answer, the score explained, and its change"
            + " history; people's names, dates of birth and addresses only with --names. Audited."})
    static final class Show implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--referral", paramLabel = "ID", required = true, description = "The referral id.")
        long id;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;
        @Option(names = "--names", description = "Include the people's names, dates of birth and addresses.")
        boolean names;

        @Override
        public Integer call() throws JsonProcessingException {
            try (OpenVault vault = CliVault.open(options)) {
                Map<String, Object> out = map(vault.services().referralRecords().view(id));
                if (json) {
                    System.out.println(JSON.writeValueAsString(out));
                } else {
                    out.forEach((k, v) -> {
                        if (v instanceof List<?> list) {
                            System.out.println(k + ":" + (list.isEmpty() ? " none" : ""));
                            list.forEach(item -> System.out.println("  " + item));
                        } else {
                            System.out.println(k + ": " + (v == null ? "-" : v));
                        }
                    });
                }
                return ExitCodes.OK;
            }
        }

        private Map<String, Object> map(ReferralRecord r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("referral", r.id());
            m.put("version", r.version());
            m.put("status", r.status().name().toLowerCase(Locale.ROOT));
            m.put("decisionReason", r.decisionReason());
            m.put("caseReference", r.caseReference());
            m.put("referralDate", String.valueOf(r.content().referralDate()));
            m.put("referringAgency", r.content().referringAgency() == null ? null : r.content().referringAgency().code());
            var by = r.content().referrer();
            m.put("ricAttached", by == null || by.ricAttached() == null ? null : by.ricAttached() ? "yes" : "no");
            m.put("managerSignOff", by == null ? null : by.managerSignOff());
            m.put("signedOffOn", by == null || by.signedOffOn() == null ? null : by.signedOffOn().toString());
            m.put("recorded", r.recordedBy() == null ? null : r.recordedBy() + " " + r.recordedAt());
            List<String> people = new ArrayList<>();
            for (ReferralRecord.Person p : r.people()) {
                people.add(p.personId() + " " + (p.victim() ? "victim" : p.role().name().toLowerCase(Locale.ROOT))
                        + (names ? " " + p.name() : ""));
            }
            m.put("people", people);
            if (names && r.content().victim() != null) {
                var v = r.content().victim();
                m.put("victimDateOfBirth", String.valueOf(v.dateOfBirth()));
                m.put("victimAddress", v.address() == null ? null : String.join(", ", nonNull(v.address().line1(),
                        v.address().town(), v.address().postcode(), v.address().district())));
            }
            m.put("score", r.score());
            m.put("band", r.band());
            m.put("routes", r.routes());
            m.put("repeat", r.repeat());
            m.put("lastListing", r.lastListingDate() == null ? null : r.lastListingDate().toString());
            List<String> answers = new ArrayList<>();
            r.content().risk().answers().answers().forEach((item, a) -> answers.add(item + " " + a.value().jsonName()));
            m.put("answers", answers);
            m.put("policeIncidents", r.content().risk().policeIncidentsLast12Months());
            List<String> why = new ArrayList<>();
            if (r.explanation() != null) {
                r.explanation().explanations().forEach((route, text) -> why.add(route.name() + ": " + text));
            }
            m.put("explanation", why);
            List<String> history = new ArrayList<>();
            r.history().forEach(h -> history.add(h.at() + " " + h.by() + " " + h.field() + ": "
                    + (h.oldValue() == null ? "-" : h.oldValue()) + " -> " + (h.newValue() == null ? "-" : h.newValue())
                    + (h.reason() == null ? "" : " (" + h.reason() + ")")));
            m.put("history", history);
            return m;
        }

        private static List<String> nonNull(String... parts) {
            return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
        }
    }

    @Command(name = "rescore", mixinStandardHelpOptions = true, description = {"Correct checklist answers and"
            + " score the referral again, with the reason; prints the result before and after. The decision"
            + " stands (reverse it separately if it should change)."})
    static final class Rescore implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--referral", paramLabel = "ID", required = true, description = "The referral id.")
        long id;
        @Option(names = "--answer", paramLabel = "ITEM=VALUE", description = "A corrected answer, e.g. q3=no"
                + " (yes, no, dont_know, not_asked); repeat for more.")
        Map<String, String> answers = new LinkedHashMap<>();
        @Option(names = "--police-incidents", paramLabel = "N", description = "Police incidents in the last 12"
                + " months, corrected.")
        Integer incidents;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why.")
        String reason;

        @Override
        public Integer call() {
            Map<String, Answer> parsed = new LinkedHashMap<>();
            answers.forEach((item, value) -> parsed.put(item, Answer.fromJson(value).orElseThrow(() ->
                    new CliException(ExitCodes.USAGE, "--answer " + item + ": " + value + " is not one of "
                            + "yes, no, dont_know, not_asked"))));
            try (OpenVault vault = CliVault.open(options)) {
                ReferralRecordService service = vault.services().referralRecords();
                ReferralRecordService.Rescored done = refusedPlainly(() -> service.correctRisk(id,
                        service.view(id).version(), parsed, incidents, reason));
                System.out.println("Referral " + id + " scored again: " + done.oldScore()
                        + (done.oldBand() == null ? "" : " (" + done.oldBand() + ")") + " -> " + done.newScore()
                        + (done.newBand() == null ? "" : " (" + done.newBand() + ")") + "; answers changed: "
                        + (done.changedItems().isEmpty() ? "none" : String.join(", ", done.changedItems())) + ".");
                if (!done.meetsCriteria()) {
                    System.out.println("It no longer meets the MARAC criteria; the decision stands until reversed.");
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "reverse", mixinStandardHelpOptions = true, description = {"Reverse a decision (to accepted,"
            + " idva-only or declined) with the reason. Refused, naming the meeting, while the case is listed for"
            + " this referral: take it off that agenda first. A case left with no accepted referral is closed."})
    static final class Reverse implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--referral", paramLabel = "ID", required = true, description = "The referral id.")
        long id;
        @Option(names = "--to", paramLabel = "DECISION", required = true, description = "accepted, idva-only or"
                + " declined.")
        String to;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why.")
        String reason;

        @Override
        public Integer call() {
            ReferralStatus status = switch (to.strip().toLowerCase(Locale.ROOT)) {
                case "accepted" -> ReferralStatus.ACCEPTED;
                case "idva-only" -> ReferralStatus.IDVA_ONLY;
                case "declined" -> ReferralStatus.DECLINED;
                default -> throw new CliException(ExitCodes.USAGE, "--to: " + to
                        + " is not one of accepted, idva-only, declined");
            };
            try (OpenVault vault = CliVault.open(options)) {
                ReferralRecordService service = vault.services().referralRecords();
                ReferralRecordService.Reversed done = refusedPlainly(() -> service.reverse(id,
                        service.view(id).version(), status, reason));
                System.out.println("Referral " + id + ": " + done.from().name().toLowerCase(Locale.ROOT) + " -> "
                        + done.to().name().toLowerCase(Locale.ROOT) + "."
                        + (done.caseOpened() ? " Opened case " + done.caseReference() + "."
                        : done.to() == ReferralStatus.ACCEPTED ? " Joined case " + done.caseReference() + "." : "")
                        + (done.caseClosed() ? " Closed case " + done.caseReference()
                        + " (no accepted referral left); its retention counts from today." : ""));
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "correct-person", mixinStandardHelpOptions = true, description = {"Correct a person named on a"
            + " decided referral (name, date of birth, address), with the reason; old and new values go to the"
            + " change history. Fields left out stay as they are. Person ids are in `referral show`."})
    static final class CorrectPerson implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--referral", paramLabel = "ID", required = true, description = "The referral id.")
        long id;
        @Option(names = "--person", paramLabel = "ID", required = true, description = "The person id.")
        long person;
        @Option(names = "--given-name", paramLabel = "TEXT") String given;
        @Option(names = "--family-name", paramLabel = "TEXT") String family;
        @Option(names = "--dob", paramLabel = "YYYY-MM-DD", description = "Date of birth.") String dob;
        @Option(names = "--address", paramLabel = "TEXT", description = "First line of the address.") String line1;
        @Option(names = "--town", paramLabel = "TEXT") String town;
        @Option(names = "--postcode", paramLabel = "TEXT") String postcode;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why.") String reason;

        @Override
        public Integer call() {
            LocalDate born;
            try {
                born = dob == null ? null : LocalDate.parse(dob.strip());
            } catch (DateTimeParseException e) {
                throw new CliException(ExitCodes.USAGE, "--dob: " + dob + " is not a date; write it as YYYY-MM-DD");
            }
            try (OpenVault vault = CliVault.open(options)) {
                var people = vault.services().personCorrections();
                PersonDetailsLine p = people.personOnReferral(id, person);
                PersonDetailsLine after = new PersonDetailsLine(p.caseId(), p.personId(), p.role(),
                        given != null ? given : p.givenName(), family != null ? family : p.familyName(), p.aliases(),
                        born != null ? born : p.dateOfBirth(), p.gender(), line1 != null ? line1 : p.addressLine1(),
                        town != null ? town : p.town(), postcode != null ? postcode : p.postcode(), p.version());
                refusedPlainly(() -> people.correctOnReferral(id, after, reason));
                System.out.println("Corrected person " + person + " on referral " + id + ".");
                return ExitCodes.OK;
            }
        }
    }
}
