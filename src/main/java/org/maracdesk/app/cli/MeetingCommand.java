package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.casework.meetings.Agenda;
import org.maracdesk.casework.meetings.AgendaItem;
import org.maracdesk.casework.meetings.AgendaService;
import org.maracdesk.casework.meetings.MeetingCorrectionService;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.security.SessionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code meeting agenda}: a meeting's agenda as JSON (case references and codes; no names);
 * {@code meeting cancel}: cancels a meeting and says where each of its cases went;
 * {@code meeting minutes}: the outline of a meeting's frozen minutes ({@link MeetingMinutesCommand}).
 */
@Command(name = "meeting", description = "Work with meetings.", mixinStandardHelpOptions = true,
        subcommands = {MeetingCommand.AgendaCommand.class, MeetingCommand.CancelCommand.class,
                DistrictCommand.class, MeetingCommand.CrimeReferenceCommand.class, MeetingMinutesCommand.class,
                MeetingAdministrationCommand.class})
public final class MeetingCommand {

    @Command(name = "agenda", mixinStandardHelpOptions = true,
            description = {"Print a meeting's agenda as JSON: listed cases in order, markers, risk and research"
                    + " by agency.", "A coordinator's run first lists newly accepted referrals (as the agenda"
                    + " screen does)."})
    static final class AgendaCommand implements Callable<Integer> {
        private static final ObjectWriter JSON = JsonMappers.lenient().writerWithDefaultPrettyPrinter();

        @Mixin
        VaultOptions options;

        @Option(names = "--meeting", paramLabel = "ID|next|last", defaultValue = "next",
                description = "A meeting id, next (the next scheduled meeting) or last (the last closed one).")
        String meeting;

        @Override
        public Integer call() throws JsonProcessingException {
            OpenVault vault = CliVault.open(options);
            SessionManager sessions = vault.sessions();
            try {
                AgendaService agendas = vault.services().agendas();
                if (PermissionMatrix.allows(sessions.current().role(), Permission.MANAGE_MEETINGS)) {
                    agendas.refresh();
                }
                long id = agendas.resolve(meeting).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                        "--meeting: there is no " + ("next".equals(meeting) || "last".equals(meeting)
                                ? meeting + " meeting" : "meeting " + meeting)));
                System.out.println(JSON.writeValueAsString(json(agendas.agenda(id))));
                return ExitCodes.OK;
            } finally {
                vault.close();
            }
        }

        static Map<String, Object> json(Agenda agenda) {
            Map<String, Object> meeting = new LinkedHashMap<>();
            meeting.put("id", agenda.meeting().id());
            meeting.put("date", agenda.meeting().date().toString());
            meeting.put("district", agenda.meeting().district());
            meeting.put("cutOff", agenda.meeting().cutOff().toString());
            meeting.put("status", agenda.meeting().closed() ? "closed" : agenda.meeting().cancelled() ? "cancelled"
                    : "scheduled");
            meeting.put("circulated", agenda.meeting().circulated());
            List<Map<String, Object>> cases = new ArrayList<>();
            for (AgendaItem item : agenda.cases()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("caseId", item.caseId());
                c.put("caseReference", item.caseReference());
                c.put("order", item.order());
                c.put("children", item.hasChildren());
                c.put("repeat", item.repeat());
                c.put("transferIn", item.transferIn());
                c.put("transferFrom", item.transferFrom());
                if (item.openTransfer() != null) {
                    // The case's latest transfer between MARACs with a step still to do (decision 0068).
                    Map<String, Object> t = new LinkedHashMap<>();
                    t.put("direction", item.openTransfer().out() ? "out" : "in");
                    t.put("area", item.openTransfer().area());
                    t.put("papersToDo", item.openTransfer().papersToDo());
                    t.put("handoverToDo", item.openTransfer().handoverToDo());
                    c.put("openTransfer", t);
                }
                c.put("band", item.band());
                c.put("score", item.score());
                c.put("routes", item.routes());
                Map<String, String> research = new LinkedHashMap<>();
                item.research().forEach((agency, state) -> research.put(agency, state.code()));
                c.put("research", research);
                cases.add(c);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("meeting", meeting);
            out.put("cases", cases);
            out.put("withheld", agenda.withheldCases());
            return out;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = {"Cancel a scheduled meeting, with the reason (coordinator). Each listed case goes to the"
                    + " next scheduled meeting of its district; a case with none waits and is listed when one is"
                    + " scheduled. No meeting is created. Prints where each case went."})
    static final class CancelCommand implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--meeting", paramLabel = "ID", required = true, description = "The meeting id.")
        long meeting;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is cancelled.")
        String reason;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                MeetingCorrectionService.Cancelled result;
                try {
                    result = vault.services().meetingCorrections().cancel(meeting, reason);
                } catch (IllegalStateException e) {
                    // A closed or already cancelled meeting: our own message, naming only the meeting's date.
                    throw new CliException(ExitCodes.FAILED, e.getMessage());
                }
                System.out.println("Cancelled meeting " + meeting + ".");
                for (MeetingCorrectionService.CaseDestination d : result.cases()) {
                    System.out.println("  " + d.caseReference() + (d.waiting()
                            ? " waits: no meeting of " + (d.district() == null ? "its district" : d.district())
                            + " is scheduled; it is listed when one is"
                            : " -> meeting " + d.meetingId() + " on " + d.meetingDate()));
                }
                if (result.withheld() > 0) {
                    System.out.println("  " + result.withheld() + (result.withheld() == 1 ? " case" : " cases")
                            + " withheld from you also moved or wait.");
                }
                if (result.researchWithdrawn() > 0) {
                    System.out.println("  " + result.researchWithdrawn() + " research requests of waiting cases"
                            + " were withdrawn.");
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "crime-reference", mixinStandardHelpOptions = true,
            description = {"Record the police reference of a crime disclosed at MARAC (police accounts and the"
                    + " coordinator), at any time after the meeting. The crime ids are in the crimes export"
                    + " (export crimes). An empty --reference clears it."})
    static final class CrimeReferenceCommand implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--crime", paramLabel = "ID", required = true, description = "The crime's id (crime_id).")
        long crime;
        @Option(names = "--reference", paramLabel = "REF", required = true,
                description = "The police crime or occurrence number.")
        String reference;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                vault.services().crimes().policeReference(crime, reference);
                System.out.println(reference.isBlank() ? "Cleared the police reference of crime " + crime + "."
                        : "Recorded the police reference of crime " + crime + ".");
                return ExitCodes.OK;
            }
        }
    }
}
