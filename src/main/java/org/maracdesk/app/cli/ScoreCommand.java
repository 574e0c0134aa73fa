package org.maracdesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maracdesk.risk.InstrumentFileException;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskInputException;
import org.maracdesk.risk.ScoreCommandLogic;
import org.maracdesk.risk.ScoreFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code score}: a checklist scored and explained as JSON, with no vault needed. */
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
            description = "Optional: referral date, police incidents, last listing, professional judgement, thresholds.")
    Path context;

    @Option(names = "--instruments-dir", paramLabel = "DIR",
            description = "A folder of instrument files that add to or replace the bundled ones.")
    Path instrumentsDir;

    @Override
    public Integer call() {
        try {
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
}
