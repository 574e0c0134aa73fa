package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.casework.meetings.LongWaits;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.exchange.exports.MinutesDeadline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code meeting administration}: the weekly administration of decision 0059 for a period: meetings held with when
 * their minutes were due and went, accepted referrals that waited longer than the longest wait, and agencies with
 * no signed information-sharing agreement.
 */
@Command(name = "administration", mixinStandardHelpOptions = true,
        description = {"Meetings held in a period with the day their minutes were due (the local setting: within N"
                + " working days), the day the first copy went, and on time / late / overdue / not yet due;"
                + " accepted referrals of the period that waited longer than the longest wait (case references).",
                "Ends with how many meetings' minutes went late or are overdue, and the active agencies with no signed"
                        + " information-sharing agreement. Coordinator. No case data."})
final class MeetingAdministrationCommand implements Callable<Integer> {
    private static final ObjectWriter JSON = JsonMappers.lenient().writerWithDefaultPrettyPrinter();

    @Mixin
    VaultOptions options;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "The first day of the period.")
    String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "The last day of the period.")
    String to;
    @Option(names = "--json", description = "Print JSON (for scripts) instead of text.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        LocalDate first = date("--from", from);
        LocalDate last = date("--to", to);
        if (last.isBefore(first)) {
            throw new CliException(ExitCodes.USAGE, "--to: give a day on or after --from");
        }
        try (OpenVault vault = CliVault.open(options)) {
            List<MinutesDeadline> held = vault.services().minutesCopies().deadlines(first, last);
            long missed = held.stream().filter(MinutesDeadline::missed).count();
            List<String> unsigned = vault.services().meetingSetup().agencies().stream()
                    .filter(a -> a.active() && !a.agreementSigned()).map(a -> a.name() + " (" + a.code() + ")").toList();
            List<LongWaits.LongWait> waits = vault.services().agendas().longWaits(first, last);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("from", first.toString());
                out.put("to", last.toString());
                out.put("meetings", held.stream().map(MeetingAdministrationCommand::line).toList());
                out.put("held", held.size());
                out.put("lateOrOverdue", missed);
                out.put("longWaits", waits.stream().map(MeetingAdministrationCommand::line).toList());
                out.put("agenciesWithoutAgreement", unsigned);
                System.out.println(JSON.writeValueAsString(out));
            } else {
                for (MinutesDeadline d : held) {
                    System.out.println("Meeting " + d.meetingId() + " " + d.meetingDate() + " " + d.district()
                            + ": due " + d.due() + ", " + words(d));
                }
                System.out.println(held.size() + " meetings held; minutes late or overdue for " + missed + ".");
                for (LongWaits.LongWait w : waits) {
                    System.out.println("Case " + w.reference() + ": referred " + w.referralDate() + ", "
                            + (w.meetingDate() == null ? "not yet heard" : "heard " + w.meetingDate()) + ", waited "
                            + w.days() + " days");
                }
                System.out.println(waits.size() + " accepted referrals waited longer than the longest wait.");
                System.out.println("Active agencies with no signed information-sharing agreement: "
                        + (unsigned.isEmpty() ? "none" : String.join(", ", unsigned)) + ".");
            }
            return ExitCodes.OK;
        }
    }

    private static String words(MinutesDeadline d) {
        return switch (d.state()) {
            case ON_TIME -> "sent on time (" + d.firstSent() + ")";
            case LATE -> "SENT LATE (" + d.firstSent() + ")";
            case OVERDUE -> "OVERDUE, not sent";
            case DUE -> "not sent yet, not yet due";
        };
    }

    private static Map<String, Object> line(MinutesDeadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("meeting", d.meetingId());
        m.put("date", d.meetingDate().toString());
        m.put("district", d.district());
        m.put("due", d.due().toString());
        m.put("firstSent", d.firstSent() == null ? null : d.firstSent().toString());
        m.put("state", d.state().name());
        return m;
    }

    private static Map<String, Object> line(LongWaits.LongWait w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", w.reference());
        m.put("referralDate", w.referralDate().toString());
        m.put("heard", w.meetingDate() == null ? null : w.meetingDate().toString());
        m.put("days", w.days());
        return m;
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CliException(ExitCodes.USAGE, option + ": write the date as YYYY-MM-DD, for example 2026-11-03");
        }
    }
}
