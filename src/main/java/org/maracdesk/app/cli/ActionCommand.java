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
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.actions.ActionChange;
import org.maracdesk.casework.actions.ActionRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code action list|update}: open actions and their updates, as on the Actions screen (same rules). */
@Command(name = "action", mixinStandardHelpOptions = true, description = "List open actions and record their"
        + " outcome (your agency's; any agency's for a coordinator).",
        subcommands = {ActionCommand.ListActions.class, ActionCommand.Update.class, ActionCommand.Types.class})
public final class ActionCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"Open actions you may see: id, case,"
            + " agency, type, due date, owner and what is to be done."})
    static final class ListActions implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--case", paramLabel = "REF", description = "Only this case's actions.")
        String caseReference;
        @Option(names = "--agency", paramLabel = "CODE", description = "Only this agency's (coordinator).")
        String agency;
        @Option(names = "--type", paramLabel = "CODE", description = "Only actions of this type (action types lists"
                + " the codes, e.g. operation_encompass).")
        String type;
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            try (OpenVault vault = CliVault.open(options)) {
                String typeCode = type == null ? null : typeCode(vault, type);
                List<ActionRow> rows = vault.services().actions().openActions(agency).stream()
                        .filter(a -> caseReference == null || a.caseReference().equals(caseReference))
                        .filter(a -> typeCode == null || typeCode.equals(a.typeCode())).toList();
                if (json) {
                    List<Map<String, Object>> out = new ArrayList<>();
                    rows.forEach(a -> out.add(map(a)));
                    System.out.println(JSON.writeValueAsString(out));
                } else {
                    for (ActionRow a : rows) {
                        System.out.println(a.id() + "\t" + a.caseReference() + "\t" + a.agencyCode() + "\t"
                                + a.typeName() + details(a) + "\tdue "
                                + (a.dueDate() == null ? "-" : a.dueDate()) + "\t" + (a.ownerName() == null ? "-"
                                : a.ownerName()) + "\t" + a.description());
                    }
                    System.out.println(rows.size() + (rows.size() == 1 ? " open action." : " open actions."));
                }
                return ExitCodes.OK;
            }
        }

        private static String typeCode(OpenVault vault, String type) {
            try {
                return vault.services().actionTypes().type(type).code();
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, "--type: " + e.getMessage());
            }
        }

        /** The type's details in brackets (school, order, date), or nothing. */
        private static String details(ActionRow a) {
            String text = a.detailText() == null ? "" : a.detailText();
            String date = a.detailDate() == null ? "" : (text.isEmpty() ? "" : ", ") + a.detailDate();
            return text.isEmpty() && date.isEmpty() ? "" : " (" + text + date + ")";
        }

        private static Map<String, Object> map(ActionRow a) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("caseReference", a.caseReference());
            m.put("agency", a.agencyCode());
            m.put("type", a.typeCode().toLowerCase(Locale.ROOT));
            m.put("typeName", a.typeName());
            m.put("typeDetail", a.detailText());
            m.put("typeDate", a.detailDate() == null ? null : a.detailDate().toString());
            m.put("owner", a.ownerName());
            m.put("description", a.description());
            m.put("dueDate", a.dueDate() == null ? null : a.dueDate().toString());
            m.put("status", a.status().name().toLowerCase(Locale.ROOT));
            return m;
        }
    }

    @Command(name = "types", mixinStandardHelpOptions = true, description = {"The MARAC's action types: code,"
            + " name, the details an action of the type records, and whether it is retired. Use a code with"
            + " action list --type."})
    static final class Types implements Callable<Integer> {
        @Mixin
        VaultOptions options;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                var types = vault.services().actionTypes().types();
                for (var t : types) {
                    System.out.println(t.code().toLowerCase(Locale.ROOT) + "\t" + t.name() + "\t"
                            + t.details().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + (t.active() ? "" : "\tretired"));
                }
                System.out.println(types.size() + " action types.");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = {"Record an action's outcome: done"
            + " (with --completed), not-possible or not-done (each with a --note saying why), or open again."
            + " Kept in the action's history and the audit trail; minutes already exported do not change."})
    static final class Update implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--action", paramLabel = "ID", required = true, description = "The action id (action list).")
        long id;
        @Option(names = "--status", paramLabel = "S", required = true,
                description = "open, done, not-possible or not-done.")
        String status;
        @Option(names = "--completed", paramLabel = "DATE", description = "When it was done (YYYY-MM-DD).")
        String completed;
        @Option(names = "--note", paramLabel = "TEXT", description = "What happened (needed for not-possible and"
                + " not-done).")
        String note;

        @Override
        public Integer call() {
            ActionStatus s = parseStatus(status);
            LocalDate on = completed == null ? null : date(completed);
            try (OpenVault vault = CliVault.open(options)) {
                var actions = vault.services().actions();
                ActionRow before = actions.action(id);
                ActionRow after = actions.update(new ActionChange(id, before.version(), s, on, note));
                System.out.println("Action " + id + " on case " + after.caseReference() + " is now "
                        + after.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (after.completedOn() == null ? "" : " (completed " + after.completedOn() + ")") + ".");
                return ExitCodes.OK;
            }
        }

        private static ActionStatus parseStatus(String s) {
            try {
                return ActionStatus.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, "--status: " + s + " is not one of open, done, not-possible,"
                        + " not-done");
            }
        }

        private static LocalDate date(String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new CliException(ExitCodes.USAGE, "--completed: " + s + " is not a date; write it as YYYY-MM-DD,"
                        + " for example 2026-11-27");
            }
        }
    }
}
