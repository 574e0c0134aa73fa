package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.casework.CaseSummary;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.MustNotReceiveItem;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.security.SessionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code case list} and {@code case mnr add|list|remove}: the cases this account may see, and must-not-receive lists. */
@Command(name = "case", description = "List, find and show the cases you may see; close and reopen them; edit"
        + " a case's must-not-receive list.",
        mixinStandardHelpOptions = true, subcommands = {CaseCommand.ListCases.class, CaseCommand.Find.class, CaseShowCommand.class,
            CaseCloseCommands.Close.class, CaseCloseCommands.Reopen.class, CaseCommand.Mnr.class,
            ProfessionalsMeetingCommands.class, ChildCommands.class,
            TransferCommands.class})
public final class CaseCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"The cases your account may see (need-to-know): reference, status, district, listed"
                    + " dates; the victim's name only with --names. The count of cases withheld from you comes last."})
    static final class ListCases implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;
        @Option(names = "--names", description = "Include the victim's name (the view is audited either way).")
        boolean names;

        @Override
        public Integer call() throws JsonProcessingException {
            OpenVault vault = CliVault.open(options);
            SessionManager sessions = vault.sessions();
            try {
                CaseQueryService cases = vault.services().caseQueries();
                List<CaseSummary> rows = cases.listCases();
                int withheld = cases.withheldCount();
                if (json) {
                    System.out.println(JSON.writeValueAsString(json(rows, withheld)));
                } else {
                    for (CaseSummary c : rows) {
                        System.out.println(c.reference() + "\t" + c.district() + "\topened " + c.openedOn()
                                + "\tlast listed " + (c.lastListed() == null ? "never" : c.lastListed())
                                + (names ? "\t" + c.victimName() : ""));
                    }
                    System.out.println(rows.size() + " cases" + (withheld > 0 ? "; " + withheld
                            + (withheld == 1 ? " case is" : " cases are") + " withheld from you" : "") + ".");
                }
                return ExitCodes.OK;
            } finally {
                vault.close();
            }
        }

        private Map<String, Object> json(List<CaseSummary> rows, int withheld) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (CaseSummary c : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("caseReference", c.reference());
                m.put("district", c.district());
                m.put("openedOn", c.openedOn().toString());
                m.put("lastListed", c.lastListed() == null ? null : c.lastListed().toString());
                m.put("band", c.band());
                m.put("repeat", c.repeat());
                if (names) {
                    m.put("victim", c.victimName());
                }
                list.add(m);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("cases", list);
            out.put("withheld", withheld);
            return out;
        }
    }

    @Command(name = "find", mixinStandardHelpOptions = true,
            description = {"Is this person known? Names (spelling, accents and aliases tolerated), a date of birth"
                    + " as dd/mm/yyyy, or a case or police reference; only cases you may see. Audited."})
    static final class Find implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @picocli.CommandLine.Parameters(paramLabel = "TEXT", arity = "1..*", description = "What to look for.")
        List<String> words;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                var hits = vault.services().personSearch().find(String.join(" ", words));
                for (var h : hits) {
                    System.out.println(h.caseReference() + "\t" + h.role().name().toLowerCase(java.util.Locale.ROOT)
                            + "\t" + h.name() + (h.dateOfBirth() == null ? "" : "\t" + h.dateOfBirth()) + "\t"
                            + String.join("; ", h.why()));
                }
                System.out.println(hits.isEmpty() ? "Nobody found among the cases you may see." : hits.size()
                        + " found.");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "mnr", mixinStandardHelpOptions = true, description = "A case's must-not-receive list (coordinator).",
            subcommands = {MnrAdd.class, MnrList.class, MnrRemove.class})
    static final class Mnr {
    }

    abstract static class MnrCommand implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--case", paramLabel = "REF", required = true, description = "The case reference.")
        String caseReference;

        @Override
        public Integer call() {
            OpenVault vault = CliVault.open(options);
            SessionManager sessions = vault.sessions();
            try {
                return run(vault.services().mustNotReceive());
            } finally {
                vault.close();
            }
        }

        abstract int run(MustNotReceiveService service);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Bar an agency or a named person from"
            + " a case. Open research requests and proposals of an agency it bars are withdrawn at once."})
    static final class MnrAdd extends MnrCommand {
        @Option(names = "--agency", paramLabel = "CODE", description = "An agency code, e.g. housing.")
        String agency;
        @Option(names = "--person", paramLabel = "NAME", description = "A person's name (an account, a"
                + " representative or anyone else).")
        String person;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why.")
        String reason;

        @Override
        int run(MustNotReceiveService service) {
            if ((agency == null) == (person == null)) {
                throw new CliException(ExitCodes.USAGE, "give either --agency CODE or --person NAME");
            }
            Agency barred = agency == null ? null : Agency.fromCode(agency).orElseThrow(() -> new CliException(
                    ExitCodes.USAGE, "--agency: " + agency + " is not an agency code; one of " + Agency.codes()));
            MustNotReceiveService.Added added = service.add(caseReference, new MustNotReceiveEntry(barred, person,
                    reason));
            System.out.println("Added entry " + added.id() + " to case " + caseReference + ": "
                    + added.withdrawnRequests() + " research requests and " + added.withdrawnProposals()
                    + " proposed actions withdrawn.");
            for (MustNotReceiveService.PriorExport e : added.sentBefore()) {
                System.out.println("Sent before this entry: " + e.subject() + " minutes to " + e.recipient()
                        + " on " + e.exportedAt() + " by " + e.exportedBy() + ".");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show a case's must-not-receive list.")
    static final class MnrList extends MnrCommand {
        @Override
        int run(MustNotReceiveService service) {
            for (MustNotReceiveItem i : service.list(caseReference)) {
                String who = i.agency() != null ? "agency " + i.agency().code() : "person " + i.personName();
                System.out.println(i.id() + "\t" + who + "\tadded " + i.addedOn()
                        + (i.current() ? "" : "\tremoved " + i.removedAt() + " by " + i.removedBy()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take an entry off a case's list,"
            + " with the reason; the entry is kept, marked removed.")
    static final class MnrRemove extends MnrCommand {
        @Option(names = "--entry", paramLabel = "ID", required = true, description = "The entry id (see mnr list).")
        long entry;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is removed.")
        String reason;

        @Override
        int run(MustNotReceiveService service) {
            service.remove(caseReference, entry, reason);
            System.out.println("Removed entry " + entry + " from case " + caseReference + ".");
            return ExitCodes.OK;
        }
    }
}
