package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.maracdesk.casework.bulk.CancelledException;
import org.maracdesk.casework.migration.MigrationResult;
import org.maracdesk.common.JsonMappers;
import org.maracdesk.exchange.tracker.MappingFile;
import org.maracdesk.exchange.tracker.TrackerFileException;
import org.maracdesk.exchange.tracker.TrackerMigrator;
import org.maracdesk.exchange.tracker.TrackerRejectedException;
import org.maracdesk.exchange.tracker.TrackerReport;
import org.maracdesk.security.SessionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate tracker}: a MARAC's spreadsheet history brought across, all or nothing (docs/migration.md). */
@Command(name = "migrate", description = "Bring history across from another system.", mixinStandardHelpOptions = true,
        subcommands = {MigrateCommand.Tracker.class})
public final class MigrateCommand {

    @Command(name = "tracker", mixinStandardHelpOptions = true,
            description = {"Migrate a spreadsheet tracker (CSV or XLSX), one row per listing (see docs/migration.md).",
                "Every row is checked first; any problem rejects the whole file and nothing is written."})
    static final class Tracker implements Callable<Integer> {
        private static final ObjectWriter JSON = JsonMappers.lenient().writerWithDefaultPrettyPrinter();

        @Mixin
        VaultOptions options;

        @Parameters(paramLabel = "FILE", description = "The tracker: .xlsx, or CSV (UTF-8 or Windows-1252, comma or"
                + " semicolon).")
        Path file;

        @Option(names = "--sheet", paramLabel = "NAME", description = "The workbook's sheet (default: the first).")
        String sheet;

        @Option(names = "--mapping", paramLabel = "MAP.json", description = "Read the columns as this saved mapping"
                + " says, instead of proposing a mapping.")
        Path mapping;

        @Option(names = "--save-mapping", paramLabel = "MAP.json", description = "Write the mapping used (proposed or"
                + " given) to this file, to review, edit and pass to --mapping.")
        Path saveMapping;

        @Option(names = "--dry-run", description = "Report what would be written; write nothing.")
        boolean dryRun;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            if (!Files.isRegularFile(file)) {
                throw new CliException(ExitCodes.USAGE, "FILE: there is no file " + file);
            }
            if (mapping != null && !Files.isRegularFile(mapping)) {
                throw new CliException(ExitCodes.USAGE, "--mapping: there is no file " + mapping);
            }
            OpenVault vault = CliVault.open(options);
            SessionManager sessions = vault.sessions();
            CancelOnInterrupt interrupt = new CancelOnInterrupt();
            try {
                TrackerMigrator migrator = new TrackerMigrator(vault.services().trackerMigration(),
                        vault.services().clock());
                TrackerMigrator.Prepared prepared = migrator.prepare(file, sheet, mapping);
                if (saveMapping != null) {
                    MappingFile.write(prepared.report().mapping(), saveMapping);
                }
                if (dryRun || !prepared.report().ok()) {
                    print(prepared.report(), null);
                    return prepared.report().ok() ? ExitCodes.OK : ExitCodes.USAGE;
                }
                MigrationResult result = migrator.migrate(prepared, new TerminalProgress(System.err, "Migrated", "rows"),
                        interrupt.cancellation());
                print(prepared.report(), result);
                FileCompaction.afterSavedWork(sessions, vault.services().maintenance());
                return ExitCodes.OK;
            } catch (TrackerFileException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage());
            } catch (TrackerRejectedException e) {
                print(e.report(), null);
                return ExitCodes.USAGE;
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, "the file " + file + " (or the mapping) could not be read");
            } catch (RuntimeException e) {
                throw interrupt.cancellation().isCancelled() || e instanceof CancelledException
                        ? new CliException(ExitCodes.FAILED, "migration cancelled; nothing was written") : e;
            } finally {
                try {
                    sessions.lock();
                } catch (RuntimeException e) {
                    if (!interrupt.cancellation().isCancelled()) {
                        throw e;
                    }
                } finally {
                    interrupt.close();
                }
            }
        }

        private void print(TrackerReport r, MigrationResult result) throws JsonProcessingException {
            if (json) {
                System.out.println(JSON.writeValueAsString(json(r, result)));
                return;
            }
            System.out.println((result == null ? (r.ok() ? "Dry run, nothing written. " : "Not migrated. ") : "")
                    + "Read " + r.summary());
            if (result != null) {
                System.out.println(result.summary());
            }
            System.out.println("Columns: " + String.join(", ", r.mapping().columns().entrySet().stream()
                    .map(e -> e.getKey().key() + " = " + e.getValue()).toList()));
            line("Kept as notes", r.keptAsNotes());
            line("Not mapped and left out", r.dropped());
            r.mapping().agencies().forEach((name, code) -> {
                if (code.isBlank()) {
                    System.out.println("Agency not placed: \"" + name + "\" (map it in the mapping file)");
                }
            });
            r.mapping().districts().forEach((name, district) -> {
                if (district.isBlank()) {
                    System.out.println("District not placed: \"" + name + "\" (map it in the mapping file)");
                }
            });
            for (TrackerReport.Disagreement d : r.disagreements()) {
                System.out.println("Repeat differs: " + d);
            }
            if (!r.ok()) {
                System.err.println("marac-desk: the tracker was not migrated (" + r.problems().size()
                        + (r.problems().size() == 1 ? " problem" : " problems") + "); nothing was written:");
                r.problems().forEach(p -> System.err.println("  " + p));
            }
        }

        private static void line(String label, List<String> columns) {
            if (!columns.isEmpty()) {
                System.out.println(label + ": " + String.join(", ", columns));
            }
        }

        static Map<String, Object> json(TrackerReport r, MigrationResult result) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("written", result != null);
            out.put("rows", r.rows());
            out.put("people", r.victims() + r.perpetrators());
            out.put("victims", r.victims());
            out.put("perpetrators", r.perpetrators());
            out.put("cases", r.victims());
            out.put("listings", r.listings());
            out.put("meetings", r.meetings());
            out.put("repeats", r.repeats());
            Map<String, String> columns = new LinkedHashMap<>();
            r.mapping().columns().forEach((f, c) -> columns.put(f.key(), c));
            out.put("columns", columns);
            out.put("keptAsNotes", r.keptAsNotes());
            out.put("notMapped", r.dropped());
            out.put("repeatDisagreements", r.disagreements().stream().map(d -> Map.of("line", d.line(),
                    "tracker", d.tracker(), "recomputed", d.recomputed())).toList());
            out.put("problems", r.problems().stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", p.line());
                m.put("column", p.column());
                m.put("value", p.value());
                m.put("why", p.why());
                return m;
            }).toList());
            if (result != null) {
                out.put("closedCases", result.closedCases());
            }
            return out;
        }
    }
}
