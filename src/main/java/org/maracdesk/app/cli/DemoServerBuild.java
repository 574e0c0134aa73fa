package org.maracdesk.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.demo.synthetic.SyntheticStream;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AuditReport;
import org.maracdesk.security.Role;
import org.maracdesk.store.IntegrityCheck;

/**
 * {@code demo --server FILE --admin-user PGUSER}: a shared server filled as {@code demo --vault} fills a vault
 * (decision 0031). {@code server init} with the demo coordinator, one account per role added through the
 * server's own function, then the synthetic data loaded by the coordinator, signed in as its own login role, so
 * row-level security and the server-sealed audit trail are exercised as in use; finally signed in again, every
 * record read and the audit chain verified by the server.
 */
final class DemoServerBuild {
    private final Path connection;
    private final long seed;
    private final int cases;
    private final int chunk;
    private final ProgressListener progress;
    private final Cancellation cancellation;

    DemoServerBuild(Path connection, long seed, int cases, int chunk, ProgressListener progress,
                    Cancellation cancellation) {
        this.connection = connection;
        this.seed = seed;
        this.cases = cases;
        this.chunk = chunk;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    /** Sets up and fills the server; {@code adminPassword} and {@code passphrase} are wiped. */
    DemoVaultLoader.Loaded make(String adminUser, char[] adminPassword, char[] passphrase) {
        ServicesGraph services = new ServicesGraph(null, Runnable::run, CliVault.CLOCK);
        try {
            services.server().initServer(connection, adminUser, adminPassword, DemoCommand.DEMO_USER,
                    "Demo Coordinator", passphrase.clone());
            services.server().signIn(connection, DemoCommand.DEMO_USER, passphrase.clone());
            // Every role; the administrator last, since a coordinator adds accounts only while there is none.
            services.server().addAccount(connection, "chair", "Demo Chair", Role.CHAIR, null, passphrase.clone());
            services.server().addAccount(connection, "police", "Demo Police Representative",
                    Role.AGENCY_REPRESENTATIVE, "police", passphrase.clone());
            services.server().addAccount(connection, "idva", "Demo Idva", Role.IDVA, "idva", passphrase.clone());
            services.server().addAccount(connection, "admin", "Demo Administrator", Role.ADMINISTRATOR, null,
                    passphrase.clone());
            int referrals = DemoVaultBuild.referralsFor(seed, cases, chunk, cancellation);
            SyntheticStream stream = new SyntheticDataGenerator(seed, LocalDate.now(CliVault.CLOCK)).stream(referrals);
            DemoVaultLoader.Loaded loaded = new DemoVaultLoader(new InstrumentRegistry(), chunk).load(
                    services.sessions().store(), stream, cases, progress, cancellation, CliVault.CLOCK);
            services.sessions().lock();
            services.server().signIn(connection, DemoCommand.DEMO_USER, passphrase.clone());
            IntegrityCheck.run(services.sessions().store());
            AuditReport report = services.sessions().lastAuditReport().orElseThrow();
            if (!report.intact()) {
                throw new CliException(ExitCodes.AUDIT_BROKEN, "the demo server's audit trail did not verify");
            }
            return loaded;
        } catch (WrongCredentialsException e) {
            throw new CliException(ExitCodes.WRONG_CREDENTIALS, "the server refused the administrator's user or"
                    + " password, or the demo account's passphrase");
        } finally {
            Secrets.wipe(adminPassword);
            Secrets.wipe(passphrase);
            try {
                services.sessions().lock();
            } catch (RuntimeException e) {
                // nothing open
            }
        }
    }
}
