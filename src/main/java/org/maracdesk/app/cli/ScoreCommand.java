package org.maracdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.risk.InstrumentFileException;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskInputException;
import org.maracdesk.risk.ScoreCommandLogic;
import org.maracdesk.risk.ResultJson;
import org.maracdesk.risk.RiskResult;
import org.maracdesk.risk.ScoreFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score}: a checklist scored and explained as JSON, with no vault needed; with {@code --vault}
 * (or {@code --server}) scored under that MARAC's local settings, whose version the result names.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score a risk checklist and explain which referral routes are met (JSON on stdout).")
public final class ScoreCommand implements Callable<Integer> {
    @Option(names = "--instrument", paramLabel = "ID",
            description = "dash-24 (default), dash-27, s-dash, lap or odara; must match the answers file.")
    String instrument;

    @Option(names = "--answers", paramLabel = "FILE", required = true,
            description = "{\"instrument\":\"dash-24\",\"answers\":{\"q1\":\"yes\",...}}")
    Path answers;

    @Option(names = "--context", paramLabel = "FILE",
            description = "Optional: referral date, police incidents, last MARAC referral, professional judgement,"
                    + " thresholds (not with --vault).")
    Path context;

    @Option(names = "--instruments-dir", paramLabel = "DIR",
            description = "A folder of instrument files that add to or replace the bundled ones.")
    Path instrumentsDir;

    @Option(names = "--vault", paramLabel = "DIR",
            description = "Score under this vault's local settings (thresholds, instruments in use); needs --user.")
    Path vault;

    @Option(names = "--server", paramLabel = "FILE", description = "As --vault, for a shared server.")
    Path server;

    @Option(names = "--user", paramLabel = "NAME", description = "Your username, with --vault or --server.")
    String user;

    @Mixin
    PassphraseInput passphrase;

    @Override
    public Integer call() throws JsonProcessingException {
        try {
            if (vault != null || server != null) {
                return scoreInVault();
            }
            InstrumentRegistry registry = instrumentsDir == null ? new InstrumentRegistry()
                    : new InstrumentRegistry(instrumentsDir);
            if (instrument != null) {
                registry.find(instrument).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                        "--instrument: there is no instrument " + instrument + "; known: " + registry.ids()));
                String inFile = new ScoreFiles(registry, CliVault.CLOCK)
                        .read(answers, null).instrument().id();
                if (!inFile.equals(instrument)) {
                    throw new CliException(ExitCodes.USAGE, "instrument: the answers file is for " + inFile
                            + " but --instrument says " + instrument);
                }
            }
            System.out.println(new ScoreCommandLogic(registry, CliVault.CLOCK).run(answers, context));
            return ExitCodes.OK;
        } catch (RiskInputException | InstrumentFileException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }

    private int scoreInVault() throws JsonProcessingException {
        if (user == null) {
            throw new CliException(ExitCodes.USAGE, "--user: give your username with --vault or --server");
        }
        if (instrumentsDir != null) {
            throw new CliException(ExitCodes.USAGE, "--instruments-dir: not with --vault or --server, which score with"
                    + " the instruments the application has");
        }
        VaultOptions options = new VaultOptions();
        options.vault = vault;
        options.server = server;
        options.user = user;
        options.passphrase = passphrase;
        try (OpenVault open = CliVault.open(options)) {
            LocalSettings settings = open.services().localSettings().current();
            InstrumentRegistry registry = open.services().instruments();
            ScoreCommandLogic logic = new ScoreCommandLogic(registry, CliVault.CLOCK);
            RiskResult result = logic.scoreWith(answers, context, settings.thresholds());
            if (instrument != null && !instrument.equals(result.instrumentId())) {
                throw new CliException(ExitCodes.USAGE, "instrument: the answers file is for " + result.instrumentId()
                        + " but --instrument says " + instrument);
            }
            if (!settings.uses(result.instrumentId())) {
                throw new CliException(ExitCodes.USAGE, "instrument: " + result.instrumentId() + " is not in use in"
                        + " this MARAC (local settings version " + settings.version() + "); in use: "
                        + String.join(", ", settings.instruments()));
            }
            ObjectNode json = new ResultJson().tree(result);
            json.put("settingsVersion", settings.version());
            System.out.println(new ObjectMapper().writeValueAsString(json));
            return ExitCodes.OK;
        } catch (RiskInputException | InstrumentFileException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }
}
