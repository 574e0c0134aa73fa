package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.disclosure.LawfulBasis;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.casework.settings.LocalSettingsService;
import org.maracdesk.casework.settings.SettingsChange;
import org.maracdesk.casework.settings.SettingsVersion;
import org.maracdesk.casework.settings.Timescales;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.risk.Instrument;
import org.maracdesk.risk.RiskInputException;
import org.maracdesk.risk.RiskThresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code settings show|set}: this MARAC's local settings (issue 16, decision 0035). */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "This MARAC's local settings: thresholds, repeat window, instruments in use, lawful bases,"
                + " timescales, manager's sign-off.",
        subcommands = {SettingsCommand.Show.class, SettingsCommand.Set.class, SignOffSettingCommand.class})
public final class SettingsCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "The settings in force, with their version; --history lists every version and what it changed.")
    static final class Show implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--history", description = "Every version, newest first, with who, when, why and old -> new.")
        boolean history;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            try (OpenVault vault = CliVault.open(options)) {
                LocalSettingsService service = vault.services().localSettings();
                List<SettingsVersion> versions = history ? service.history()
                        : List.of(new SettingsVersion(service.current(), null, List.of()));
                if (json) {
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (SettingsVersion v : versions) {
                        out.add(asJson(v, service));
                    }
                    System.out.println(JSON.writeValueAsString(history ? Map.of("versions", out) : out.get(0)));
                } else {
                    versions.forEach(v -> print(v, service, history));
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Saves a new version of the settings (coordinator). Options left out keep their value.",
                "Referrals already scored keep the version they were scored under."})
    static final class Set implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--visible-high-risk", paramLabel = "N",
                description = "DASH score at or above which a case is visible high risk (14; some areas 17).")
        Integer visibleHighRisk;
        @Option(names = "--medium-from", paramLabel = "N", description = "The lowest score of the medium band (10).")
        Integer mediumFrom;
        @Option(names = "--escalation-incidents", paramLabel = "N",
                description = "Police-reported incidents in 12 months that meet potential escalation (3).")
        Integer escalationIncidents;
        @Option(names = "--repeat-window-months", paramLabel = "N",
                description = "Months after the last MARAC referral within which a new one is a repeat (12).")
        Integer repeatWindowMonths;
        @Option(names = "--instruments", paramLabel = "ID,ID", split = ",",
                description = "The risk instruments in use, in the order the referral form offers them.")
        List<String> instruments;
        @Option(names = "--lawful-basis", paramLabel = "CODE=wording", description = {"A lawful basis a disclosure"
                + " may be made under; repeat for each, in order: the first is the default. Replaces the whole list"
                + " (left out: the list stays as it is)."})
        List<String> lawfulBases;
        @Option(names = "--minutes-within-days", paramLabel = "N",
                description = "Working days after the meeting within which minutes copies are sent (3).")
        Integer minutesWithinDays;
        @Option(names = "--referral-cutoff-days", paramLabel = "N",
                description = "Referrals close N working days before the meeting: the cut-off proposed (5).")
        Integer referralCutOffDays;
        @Option(names = "--longest-wait-days", paramLabel = "N",
                description = "Days an accepted referral may wait for its hearing before it is marked (28).")
        Integer longestWaitDays;
        @Option(names = "--closed-days", paramLabel = "DAYS", description = {"The MARAC's own days off besides England"
                + " and Wales bank holidays (which are always skipped), as dd/mm/yyyy separated by commas; working-day"
                + " timescales skip them. Replaces the list; 'none' clears it."})
        String closedDays;
        @Option(names = "--reason", paramLabel = "TEXT", required = true,
                description = "Why (for example the steering group's decision and its date); kept with the version.")
        String reason;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                LocalSettingsService service = vault.services().localSettings();
                LocalSettings now = service.current();
                RiskThresholds t = now.thresholds();
                RiskThresholds wanted;
                try {
                    wanted = new RiskThresholds(or(visibleHighRisk, t.visibleHighRisk()), or(mediumFrom, t.mediumFrom()),
                            or(escalationIncidents, t.escalationIncidents()),
                            or(repeatWindowMonths, t.repeatWindowMonths()));
                } catch (RiskInputException e) {
                    throw new CliException(ExitCodes.USAGE, option(e.field()) + ": " + e.problem());
                }
                List<String> use = instruments != null ? instruments
                        : now.inUse(vault.services().instruments()).stream().map(Instrument::id).toList();
                List<LawfulBasis> bases;
                try {
                    bases = lawfulBases == null ? null : LawfulBasis.parse(String.join("\n", lawfulBases));
                } catch (IllegalArgumentException e) {
                    throw new CliException(ExitCodes.USAGE, "--lawful-basis: " + e.getMessage()
                            .replaceFirst("^Line (\\d+)", "number $1"));
                }
                Timescales times;
                try {
                    Timescales was = now.timescales();
                    times = new Timescales(or(minutesWithinDays, was.minutesWithinDays()),
                            or(referralCutOffDays, was.referralCutOffDays()), or(longestWaitDays, was.longestWaitDays()),
                            closedDays == null ? was.closedDays() : Timescales.parseClosedDays(closedDays));
                } catch (IllegalArgumentException e) {
                    throw new CliException(ExitCodes.USAGE, option(e.getMessage()));
                }
                LocalSettings saved;
                try {
                    saved = service.change(new SettingsChange(now.version(), wanted, use, reason, bases, times));
                } catch (ConcurrentChangeException e) {
                    throw new CliException(ExitCodes.FAILED, e.getMessage());
                } catch (IllegalArgumentException e) {
                    throw new CliException(ExitCodes.USAGE, option(e.getMessage()));
                }
                System.out.println("Saved: local settings version " + saved.version() + " (was " + now.version() + ").");
                print(new SettingsVersion(saved, null, List.of()), service, false);
                return ExitCodes.OK;
            }
        }

        private static int or(Integer given, int current) {
            return given != null ? given : current;
        }
    }

    /** thresholds.visibleHighRisk (or a message starting visibleHighRisk:) named as the option. */
    static String option(String fieldOrMessage) {
        String s = fieldOrMessage.startsWith("thresholds.") ? fieldOrMessage.substring("thresholds.".length())
                : fieldOrMessage;
        for (String[] pair : new String[][] {{"visibleHighRisk", "--visible-high-risk"}, {"mediumFrom", "--medium-from"},
                {"escalationIncidents", "--escalation-incidents"}, {"repeatWindowMonths", "--repeat-window-months"},
                {"instruments", "--instruments"}, {"lawfulBases", "--lawful-basis"}, {"reason", "--reason"},
                {"minutesWithinDays", "--minutes-within-days"}, {"referralCutOffDays", "--referral-cutoff-days"},
                {"longestWaitDays", "--longest-wait-days"}, {"closedDays", "--closed-days"}}) {
            if (s.startsWith(pair[0])) {
                return pair[1] + s.substring(pair[0].length());
            }
        }
        return s;
    }

    private static void print(SettingsVersion v, LocalSettingsService service, boolean history) {
        LocalSettings s = v.settings();
        RiskThresholds t = s.thresholds();
        System.out.println("Version " + s.version() + (s.isDefault() ? " (the built-in defaults)"
                : ", by " + s.changedBy() + " at " + WHEN.format(s.changedAt())));
        if (v.reason() != null) {
            System.out.println("  Why: " + v.reason());
        }
        System.out.println("  Visible high risk:     " + t.visibleHighRisk() + " or more");
        System.out.println("  Bands:                 " + bands(t));
        System.out.println("  Escalation:            " + t.escalationIncidents() + " police incidents in 12 months");
        System.out.println("  Repeat window:         " + t.repeatWindowMonths() + " months after the last MARAC referral");
        System.out.println("  Instruments in use:    " + String.join(", ", ids(s, service)));
        Timescales ts = s.timescales();
        System.out.println("  Minutes sent within:   " + ts.minutesWithinDays() + " working days of the meeting");
        System.out.println("  Referrals close:       " + ts.referralCutOffDays() + " working days before the meeting");
        System.out.println("  Longest wait:          " + ts.longestWaitDays() + " days from referral to hearing");
        System.out.println("  Days off:              England and Wales bank holidays"
                + (ts.closedDays().isEmpty() ? "" : ", and " + ts.closedDaysText()));
        System.out.println("  Lawful bases (the first is the default):");
        s.lawfulBases().forEach(b -> System.out.println("    " + b.code() + "  " + b.wording()));
        if (history) {
            for (ChangeHistory.Line l : v.changes()) {
                System.out.println("  Changed " + l.field() + ": " + l.oldValue() + " -> " + l.newValue());
            }
        }
    }

    private static String bands(RiskThresholds t) {
        return String.join(", ", t.bands().stream().map(b -> b.id() + " " + b.range()).toList());
    }

    private static List<String> ids(LocalSettings s, LocalSettingsService service) {
        return s.instruments().isEmpty() ? service.available().stream().map(Instrument::id).toList() : s.instruments();
    }

    private static Map<String, Object> asJson(SettingsVersion v, LocalSettingsService service) {
        LocalSettings s = v.settings();
        RiskThresholds t = s.thresholds();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", s.version());
        m.put("changedBy", s.changedBy());
        m.put("changedAt", s.changedAt() == null ? null : s.changedAt().toString());
        m.put("reason", v.reason());
        m.put("visibleHighRisk", t.visibleHighRisk());
        m.put("mediumFrom", t.mediumFrom());
        m.put("escalationIncidents", t.escalationIncidents());
        m.put("repeatWindowMonths", t.repeatWindowMonths());
        m.put("bands", t.bands().stream().map(b -> Map.of("id", b.id(), "range", b.range())).toList());
        m.put("instruments", ids(s, service));
        m.put("minutesWithinDays", s.timescales().minutesWithinDays());
        m.put("referralCutOffDays", s.timescales().referralCutOffDays());
        m.put("longestWaitDays", s.timescales().longestWaitDays());
        m.put("closedDays", s.timescales().closedDays().stream().map(java.time.LocalDate::toString).toList());
        m.put("lawfulBases", s.lawfulBases().stream().map(b -> Map.of("code", b.code(), "wording", b.wording()))
                .toList());
        if (!v.changes().isEmpty()) {
            m.put("changes", v.changes().stream().map(l -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("field", l.field());
                c.put("old", l.oldValue());
                c.put("new", l.newValue());
                return c;
            }).toList());
        }
        return m;
    }

    private SettingsCommand() {
    }
}
