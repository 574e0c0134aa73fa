package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.casework.meetings.MinutesRecords;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.exchange.exports.MinutesContent;
import org.maracdesk.exchange.exports.MinutesCopies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code meeting minutes}: the outline of a closed meeting's frozen minutes record (decision 0033): its version and
 * SHA-256, earlier versions, the case references each agency's copy holds and why, and who holds which version.
 */
@Command(name = "minutes", mixinStandardHelpOptions = true,
        description = {"The outline of a closed meeting's minutes record: its version and SHA-256, the versions it"
                + " replaced, the case references of the full minutes and of each agency's copy (and why each case"
                + " is in it), and the export register's copies, marking those of a superseded version.",
                "Case references only, no names. The coordinator sees every agency; an agency's account its own copy."})
final class MeetingMinutesCommand implements Callable<Integer> {
    private static final ObjectWriter JSON = JsonMappers.lenient().writerWithDefaultPrettyPrinter();

    @Mixin
    VaultOptions options;
    @Option(names = "--meeting", paramLabel = "ID|last", required = true,
            description = "The meeting's id, or last for the most recent closed meeting.")
    String meeting;
    @Option(names = "--json", description = "Print JSON (for scripts) instead of text.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        try (OpenVault vault = CliVault.open(options)) {
            long id = "last".equalsIgnoreCase(meeting) ? vault.services().agendas().resolve("last")
                    .orElseThrow(() -> new CliException(ExitCodes.USAGE, "--meeting: there is no closed meeting yet"))
                    : parse(meeting);
            MinutesCopies.Outline outline;
            try {
                outline = vault.services().minutesCopies().preview(id, null);
            } catch (IllegalStateException e) {
                throw new CliException(ExitCodes.FAILED, e.getMessage());
            }
            if (json) {
                System.out.println(JSON.writeValueAsString(json(outline)));
            } else {
                text(outline);
            }
            return ExitCodes.OK;
        }
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, "--meeting: give a meeting id (a number) or last");
        }
    }

    static Map<String, Object> json(MinutesCopies.Outline o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("meeting", o.meetingId());
        out.put("version", o.version());
        out.put("supersedes", o.supersedes());
        out.put("sha256", o.sha256());
        List<Map<String, Object>> versions = new ArrayList<>();
        for (MinutesRecords.VersionLine v : o.earlier()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("version", v.version());
            line.put("sha256", v.sha256());
            line.put("closedAt", v.closedAt().toString());
            line.put("replacedAt", v.replacedAt().toString());
            line.put("replacedBy", v.replacedBy());
            line.put("reason", v.reason());
            versions.add(line);
        }
        out.put("earlierVersions", versions);
        Map<String, Object> copies = new LinkedHashMap<>();
        if (!o.fullCopy().isEmpty() || o.copies().size() != 1) {
            copies.put("full", Map.of("cases", o.fullCopy()));
        }
        for (MinutesCopies.AgencyCopy c : o.copies()) {
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("cases", c.cases().stream().map(MinutesCopies.CaseLine::reference).toList());
            Map<String, List<String>> why = new LinkedHashMap<>();
            c.cases().forEach(l -> why.put(l.reference(), l.reasons().stream().map(MeetingMinutesCommand::code)
                    .toList()));
            copy.put("why", why);
            copy.put("withheld", c.withheld());
            copies.put(c.agency(), copy);
        }
        out.put("copies", copies);
        List<Map<String, Object>> holders = new ArrayList<>();
        for (MinutesCopies.Holder h : o.holders()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("recipient", h.recipient());
            line.put("version", h.version());
            line.put("exportedAt", h.exportedAt().toString());
            line.put("exportedBy", h.exportedBy());
            line.put("contentSha256", h.contentSha256());
            line.put("superseded", h.superseded());
            // Decision 0048, as the window's Copies sent… shows it; null: not recorded (a copy made before V46).
            line.put("lawfulBasis", h.lawfulBasis());
            line.put("lawfulBasisWording", h.lawfulBasisWording());
            line.put("consent", h.consent());
            line.put("consentReason", h.consentReason());
            holders.add(line);
        }
        out.put("holders", holders);
        return out;
    }

    static String code(MinutesContent.Reason r) {
        return r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void text(MinutesCopies.Outline o) {
        System.out.println("Meeting " + o.meetingId() + ": minutes version " + o.version()
                + (o.supersedes() == null ? "" : " (supersedes version " + o.supersedes() + ")")
                + ", SHA-256 " + o.sha256());
        for (MinutesRecords.VersionLine v : o.earlier()) {
            System.out.println("  version " + v.version() + " replaced " + v.replacedAt() + " by " + v.replacedBy()
                    + ": " + v.reason());
        }
        if (!o.fullCopy().isEmpty()) {
            System.out.println("Full minutes: " + String.join(", ", o.fullCopy()));
        }
        for (MinutesCopies.AgencyCopy c : o.copies()) {
            System.out.println(c.agency() + ": " + (c.cases().isEmpty() ? "no cases" : String.join(", ",
                    c.cases().stream().map(l -> l.reference() + " (" + String.join(", ",
                            l.reasons().stream().map(MeetingMinutesCommand::code).toList()) + ")").toList()))
                    + (c.withheld() > 0 ? "; " + c.withheld() + " withheld" : ""));
        }
        List<MinutesCopies.Holder> superseded = o.holders().stream().filter(MinutesCopies.Holder::superseded).toList();
        if (!superseded.isEmpty()) {
            System.out.println("Holding a superseded version (send them version " + o.version() + "):");
            superseded.forEach(h -> System.out.println("  " + h.recipient() + ": " + (h.version() == null
                    ? "a copy made before versions were recorded" : "version " + h.version()) + ", exported "
                    + h.exportedAt() + " by " + h.exportedBy()));
        }
    }
}
