package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.casework.meetings.ResearchItem;
import org.maracdesk.casework.meetings.ResearchService;
import org.maracdesk.security.SessionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code research list}: this account's open research requests (references and states, no names);
 * {@code research submit}: submits one, with the lawful basis and consent it is shared under.
 */
@Command(name = "research", description = "Your agency's research requests.", mixinStandardHelpOptions = true,
        subcommands = {ResearchCommand.ListRequests.class, ResearchCommand.Submit.class})
public final class ResearchCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Your agency's open research requests:"
            + " case reference, meeting, state. Requests on cases withheld from you are counted, not shown.")
    static final class ListRequests implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        @Mixin
        VaultOptions options;
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            OpenVault vault = CliVault.open(options);
            SessionManager sessions = vault.sessions();
            try {
                ResearchService research = vault.services().research();
                List<ResearchItem> items = research.myRequests();
                int withheld = research.withheldRequestCount();
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ResearchItem i : items) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("request", i.id());
                    m.put("caseReference", i.caseReference());
                    m.put("meeting", i.meetingId());
                    m.put("meetingDate", i.meetingDate().toString());
                    m.put("state", i.submitted() ? "submitted" : "pending");
                    rows.add(m);
                    if (!json) {
                        System.out.println(i.id() + "\t" + i.caseReference() + "\tmeeting " + i.meetingDate() + "\t"
                                + m.get("state"));
                    }
                }
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("requests", rows);
                    out.put("withheld", withheld);
                    System.out.println(JSON.writeValueAsString(out));
                } else {
                    System.out.println(items.size() + " requests" + (withheld > 0 ? "; " + withheld
                            + " withheld from you" : "") + ".");
                }
                return ExitCodes.OK;
            } finally {
                vault.close();
            }
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true, description = {"Submits your agency's research on one"
            + " request (see research list for its number): the coordinator then sees it and you can no longer"
            + " change it. Records the lawful basis it is shared under and what happened about consent."})
    static final class Submit implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--request", paramLabel = "ID", required = true, description = "The request's number.")
        long request;
        @Mixin
        DisclosureOptions basis;

        @Override
        public Integer call() {
            org.maracdesk.casework.disclosure.Disclosure d = basis.disclosure();
            try (OpenVault vault = CliVault.open(options)) {
                try {
                    vault.services().research().submit(request, d);
                } catch (IllegalStateException e) {
                    throw new CliException(ExitCodes.FAILED, e.getMessage());
                }
                System.out.println("Submitted: research request " + request + ".");
                return ExitCodes.OK;
            }
        }
    }
}
