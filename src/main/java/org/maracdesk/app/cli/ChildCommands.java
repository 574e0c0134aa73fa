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
import org.maracdesk.casework.ChildPlanStatus;
import org.maracdesk.casework.children.ChildLine;
import org.maracdesk.casework.children.ChildRecordService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code case child list|show|edit}: each child of a case as a record of their own (issue 16, decision 0047) —
 * school, social worker, plan status, Operation Encompass. Read in the account's scope (each read audited),
 * changed by the coordinator with old and new values in the change history. Names only with {@code --names}.
 */
@Command(name = "child", mixinStandardHelpOptions = true,
        description = "The children of a case you may see, each with their own record: list, show, edit.",
        subcommands = {ChildCommands.ListChildren.class, ChildCommands.Show.class, ChildCommands.Edit.class})
final class ChildCommands {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private ChildCommands() {
    }

    abstract static class OnCase implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--case", paramLabel = "REF", required = true, description = "The case reference.")
        String reference;

        @Override
        public Integer call() throws JsonProcessingException {
            try (OpenVault vault = CliVault.open(options)) {
                ChildRecordService service = vault.services().childRecords();
                return run(service, service.caseOf(reference));
            }
        }

        abstract int run(ChildRecordService service, long caseId) throws JsonProcessingException;

        ChildLine child(ChildRecordService service, long caseId, long personId) {
            return service.children(caseId).stream().filter(c -> c.personId() == personId).findFirst()
                    .orElseThrow(() -> new CliException(ExitCodes.USAGE, "--child: case " + reference
                            + " has no child " + personId + "; `case child list --case " + reference
                            + "` lists its children"));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"The children of a case, youngest first:"
            + " child id, date of birth, plan status, school, social worker, Operation Encompass (tab-separated);"
            + " the child's name only with --names."})
    static final class ListChildren extends OnCase {
        @Option(names = "--names", description = "Include each child's name (the view is audited either way).")
        boolean names;
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Override
        int run(ChildRecordService service, long caseId) throws JsonProcessingException {
            List<ChildLine> children = service.children(caseId);
            if (json) {
                List<Map<String, Object>> out = new ArrayList<>();
                children.forEach(c -> out.add(fields(c, names)));
                System.out.println(JSON.writeValueAsString(Map.of("case", reference, "children", out)));
                return ExitCodes.OK;
            }
            for (ChildLine c : children) {
                System.out.println(String.join("\t", String.valueOf(c.personId()), text(c.dateOfBirth()),
                        plan(c.plan()), text(c.school()), text(c.socialWorkerName()), encompass(c))
                        + (names ? "\t" + c.name() : ""));
            }
            System.out.println(children.size() + (children.size() == 1 ? " child" : " children") + " on case "
                    + reference + ".");
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = {"One child's record, a field a line;"
            + " the name only with --names."})
    static final class Show extends OnCase {
        @Option(names = "--child", paramLabel = "ID", required = true, description = "The child's id, from `case"
                + " child list`.")
        long personId;
        @Option(names = "--names", description = "Include the child's name (the view is audited either way).")
        boolean names;
        @Option(names = "--json", description = "Print JSON instead of lines.")
        boolean json;

        @Override
        int run(ChildRecordService service, long caseId) throws JsonProcessingException {
            Map<String, Object> f = fields(child(service, caseId, personId), names);
            if (json) {
                System.out.println(JSON.writeValueAsString(f));
            } else {
                f.forEach((k, v) -> System.out.println(k + ": " + (v == null ? "" : v)));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = {"Change a child's record (coordinator):"
            + " only the fields given change; an empty value (\"\") clears a field. The old and new values and the"
            + " reason go into the change history."})
    static final class Edit extends OnCase {
        @Option(names = "--child", paramLabel = "ID", required = true, description = "The child's id, from `case"
                + " child list`.")
        long personId;
        @Option(names = "--school", paramLabel = "TEXT", description = "The school or nursery.")
        String school;
        @Option(names = "--social-worker", paramLabel = "TEXT", description = "The social worker's name.")
        String worker;
        @Option(names = "--social-worker-agency", paramLabel = "TEXT", description = "The social worker's agency.")
        String workerAgency;
        @Option(names = "--social-worker-contact", paramLabel = "TEXT", description = "How to reach the social"
                + " worker.")
        String workerContact;
        @Option(names = "--plan", paramLabel = "STATUS", description = "none, child-in-need, child-protection,"
                + " looked-after, early-help or not-known.")
        String plan;
        @Option(names = "--encompass-on", paramLabel = "YYYY-MM-DD", description = "When the school was told under"
                + " Operation Encompass (give --encompass-by too; \"\" clears both).")
        String encompassOn;
        @Option(names = "--encompass-by", paramLabel = "TEXT", description = "Who told the school (a name or an"
                + " agency).")
        String encompassBy;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it changes (optional).")
        String reason;

        @Override
        int run(ChildRecordService service, long caseId) {
            ChildLine now = child(service, caseId, personId);
            ChildLine after = now.with(pick(school, now.school()), pick(worker, now.socialWorkerName()),
                    pick(workerAgency, now.socialWorkerAgency()), pick(workerContact, now.socialWorkerContact()),
                    plan == null ? now.plan() : planOf(plan), encompassOn == null ? now.encompassNotifiedOn()
                            : date(encompassOn), pick(encompassBy, now.encompassNotifiedBy()));
            if (after.equals(now)) {
                throw new CliException(ExitCodes.USAGE, "nothing to change: give at least one of --school,"
                        + " --social-worker, --social-worker-agency, --social-worker-contact, --plan, --encompass-on,"
                        + " --encompass-by with a new value");
            }
            try {
                service.save(after, reason);
            } catch (IllegalStateException e) {
                throw new CliException(ExitCodes.FAILED, e.getMessage());
            }
            System.out.println("Changed the record of child " + personId + " on case " + reference
                    + "; the old values are in its history.");
            return ExitCodes.OK;
        }

        private static String pick(String given, String current) {
            return given == null ? current : given.isBlank() ? null : given;
        }

        private static LocalDate date(String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new CliException(ExitCodes.USAGE, "--encompass-on: " + text + " is not a date; write it as"
                        + " YYYY-MM-DD");
            }
        }

        private static ChildPlanStatus planOf(String text) {
            try {
                return ChildPlanStatus.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, "--plan: \"" + text + "\" is not one of none, child-in-need,"
                        + " child-protection, looked-after, early-help, not-known");
            }
        }
    }

    static Map<String, Object> fields(ChildLine c, boolean names) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("child", c.personId());
        if (names) {
            f.put("name", c.name());
        }
        f.put("born", c.dateOfBirth() == null ? null : c.dateOfBirth().toString());
        f.put("plan", plan(c.plan()));
        f.put("school", c.school());
        f.put("socialWorker", c.socialWorkerName());
        f.put("socialWorkerAgency", c.socialWorkerAgency());
        f.put("socialWorkerContact", c.socialWorkerContact());
        f.put("encompassNotifiedOn", c.encompassNotifiedOn() == null ? null : c.encompassNotifiedOn().toString());
        f.put("encompassNotifiedBy", c.encompassNotifiedBy());
        return f;
    }

    private static String plan(ChildPlanStatus p) {
        return (p == null ? ChildPlanStatus.NOT_KNOWN : p).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).replaceAll("\\s+", " ");
    }

    private static String encompass(ChildLine c) {
        return c.encompassNotifiedOn() == null ? "school not told"
                : "school told " + c.encompassNotifiedOn() + " by " + text(c.encompassNotifiedBy());
    }
}
