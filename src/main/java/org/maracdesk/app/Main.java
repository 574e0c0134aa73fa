package org.maracdesk.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.maracdesk.app.cli.ActionCommand;
import org.maracdesk.app.cli.AuditCommand;
import org.maracdesk.app.cli.CaseCommand;
import org.maracdesk.app.cli.ResearchCommand;
import org.maracdesk.app.cli.ServerCommand;
import org.maracdesk.app.cli.SettingsCommand;
import org.maracdesk.app.cli.BackupCommand;
import org.maracdesk.app.cli.CliException;
import org.maracdesk.app.cli.DecryptCommand;
import org.maracdesk.app.cli.DemoCommand;
import org.maracdesk.app.cli.ExitCodes;
import org.maracdesk.app.cli.ExportCommand;
import org.maracdesk.app.cli.MeetingCommand;
import org.maracdesk.app.cli.MigrateCommand;
import org.maracdesk.app.cli.ReferralCommand;
import org.maracdesk.app.cli.ReportCommand;
import org.maracdesk.app.cli.RestoreCommand;
import org.maracdesk.app.cli.ScoreCommand;
import org.maracdesk.app.cli.UserCommand;
import org.maracdesk.app.cli.VaultCommand;
import org.maracdesk.app.common.AppPaths;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.VaultFormatException;
import org.maracdesk.security.NotPermittedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The launcher: with no subcommand it opens the window; subcommands serve administrators and
 * scripts. Failures print one line without case data and exit non-zero.
 */
@Command(name = "marac-desk", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "MARAC Desk: run a MARAC from referral to the last completed action.")
public final class Main implements Callable<Integer> {
    /**
     * The commands, in the order {@code --help} lists them. They are added only when the arguments
     * may name one: building them means picocli instantiating every command class, which loads JSON
     * mappers and much of the application (about half a second before the window's first frame,
     * measured in docs/performance.md), and opening the window needs none of them.
     */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(VaultCommand.class,
            DemoCommand.class, ScoreCommand.class, ReferralCommand.class, UserCommand.class, AuditCommand.class,
            BackupCommand.class, RestoreCommand.class, MeetingCommand.class, DecryptCommand.class,
            ExportCommand.class, ReportCommand.class, CaseCommand.class, ActionCommand.class, ResearchCommand.class,
            ServerCommand.class, MigrateCommand.class, SettingsCommand.class, org.maracdesk.app.cli.PersonCommand.class);
    /** The window's own options that take a value. */
    private static final java.util.Set<String> WINDOW_VALUE_OPTIONS = java.util.Set.of("--vault", "--server",
            "--idle-lock");

    @Option(names = "--vault", paramLabel = "DIR", description = "Open this vault folder instead of the default.")
    Path vault;

    @Option(names = "--server", paramLabel = "FILE",
            description = "Open the window on \"Connect to a shared server\" with this connection file.")
    Path server;

    @Option(names = "--demo", description = "Open the demo vault of synthetic cases (created on first use).")
    boolean demo;

    @Option(names = "--idle-lock", paramLabel = "MINUTES", description = "Lock after this many idle minutes (default 5).")
    Integer idleLockMinutes;

    public static void main(String[] args) {
        Main window = windowOnly(args);
        System.exit(window != null ? openWindow(window) : run(args));
    }

    /**
     * The window's options read without picocli, whose model of even one command costs a few hundred
     * milliseconds of reflection before the first frame (docs/performance.md). Only plain, well-formed
     * window options are read here; anything else (a command, help, a bad value) returns null and goes
     * through {@link #run}, which reports it as usual.
     */
    static Main windowOnly(String... args) {
        if (!opensWindowOnly(args)) {
            return null;
        }
        Main m = new Main();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean joined = a.contains("=");
            String name = joined ? a.substring(0, a.indexOf('=')) : a;
            if (name.equals("--demo")) {
                if (joined || m.demo) {
                    return null;
                }
                m.demo = true;
                continue;
            }
            if (!joined && i + 1 >= args.length) {
                return null;
            }
            String value = joined ? a.substring(a.indexOf('=') + 1) : args[++i];
            if (value.isEmpty() || value.startsWith("-")) {
                return null;
            }
            try {
                switch (name) {
                    case "--vault" -> m.vault = m.vault == null ? Path.of(value) : null;
                    case "--server" -> m.server = m.server == null ? Path.of(value) : null;
                    default -> m.idleLockMinutes = m.idleLockMinutes == null ? Integer.valueOf(value) : null;
                }
            } catch (RuntimeException e) {
                return null;
            }
            if (m.vault == null && name.equals("--vault") || m.server == null && name.equals("--server")
                    || m.idleLockMinutes == null && name.equals("--idle-lock")) {
                return null; // given twice: picocli says so
            }
        }
        return m;
    }

    private static int openWindow(Main window) {
        try {
            return window.call();
        } catch (RuntimeException e) {
            System.err.println("marac-desk: " + userMessage(e));
            return exitCode(e);
        }
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        if (!opensWindowOnly(args)) {
            COMMANDS.forEach(cli::addSubcommand);
        }
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("marac-desk: " + userMessage(e));
            return exitCode(e);
        });
        return cli.execute(args);
    }

    /**
     * True when every argument is one of the window's options (with its value): then no command can be
     * meant and the command tree is not built. Anything else, help and version included, gets the full tree.
     */
    static boolean opensWindowOnly(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (a.equals("--demo")) {
                continue;
            }
            if (!WINDOW_VALUE_OPTIONS.contains(name)) {
                return false;
            }
            if (!a.contains("=")) {
                i++; // its value, whatever it looks like
            }
        }
        return true;
    }

    private static String userMessage(Exception e) {
        if (e instanceof CliException || e instanceof VaultFormatException || e instanceof StoreUnavailableException
                || e instanceof org.maracdesk.common.BackupNotWrittenException
                || e instanceof NotPermittedException || (e instanceof IllegalArgumentException && thrownByUs(e))) {
            return e.getMessage();
        }
        return "failed unexpectedly (" + org.maracdesk.ui.common.SafeErrors.describe(e) + ")";
    }

    /** Only our own argument checks write messages for users; a library's may quote a value. */
    private static boolean thrownByUs(Exception e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.maracdesk.");
    }

    private static int exitCode(Exception e) {
        if (e instanceof CliException c) {
            return c.exitCode();
        }
        if (e instanceof NotPermittedException) {
            return ExitCodes.NOT_ALLOWED;
        }
        if (e instanceof VaultFormatException || e instanceof org.maracdesk.common.BackupNotWrittenException b
                && b.reason() == org.maracdesk.common.BackupNotWrittenException.Reason.INCOMPLETE_COPY) {
            return ExitCodes.VAULT_PROBLEM;
        }
        return e instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.FAILED;
    }

    @Override
    public Integer call() {
        Duration idle = idleLockMinutes == null ? AppConfig.DEFAULT_IDLE_LOCK : Duration.ofMinutes(idleLockMinutes);
        if (idleLockMinutes != null && idleLockMinutes < 1) {
            throw new CliException(ExitCodes.USAGE, "--idle-lock must be at least 1 minute");
        }
        AppConfig config;
        if (server != null && (vault != null || demo)) {
            throw new CliException(ExitCodes.USAGE, "give either --server or --vault/--demo, not both");
        }
        if (demo) {
            Path dir = vault != null ? vault : AppPaths.demoVault();
            DemoCommand.ensureDemoVault(dir);
            config = new AppConfig(dir, true, DemoCommand.DEMO_USER, idle, AppPaths.windowPlacementFile());
        } else {
            // With no vault named, the shared server connected to last time is offered first (decision 0038).
            Path serverFile = server != null ? server.toAbsolutePath() : vault != null ? null
                    : org.maracdesk.ui.common.RememberedServerFile.besides(AppPaths.windowPlacementFile()).load()
                            .orElse(null);
            config = new AppConfig(vault != null ? vault : AppPaths.defaultVault(), false, null, idle,
                    AppPaths.windowPlacementFile(), serverFile);
        }
        MaracDeskApp.launch(config);
        return ExitCodes.OK;
    }

    /** Reads the version the build wrote. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"MARAC Desk " + Version.current()};
        }
    }
}
