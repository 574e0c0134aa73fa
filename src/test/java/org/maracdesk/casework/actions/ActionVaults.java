package org.maracdesk.casework.actions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.TestDesk;

/** A real encrypted vault of synthetic cases with one account per role (police, idva, housing agencies). */
public final class ActionVaults {
    public static final String PASS = "action and export test passphrase";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private ActionVaults() {
    }

    /** A locked vault of {@code cases} synthetic cases and the accounts, in {@code dir}. */
    public static void create(Path dir, int cases) {
        desk(StoreKind.H2, dir, cases).close();
    }

    /**
     * The same synthetic cases and accounts in a store of {@code kind} ({@code dir} holds the vault on H2, a copy of
     * one made once per test JVM for each number of cases), signed in as the coordinator; close it when done.
     */
    public static TestDesk desk(StoreKind kind, Path dir, int cases) {
        return TestDesk.open(kind, dir, "action-vault-" + cases, "Coordinator", "coordinator", PASS.toCharArray(),
                desk -> {
                    new DemoVaultLoader(new InstrumentRegistry()).load(desk.store(),
                            new SyntheticDataGenerator(7, TODAY).generate(cases));
                    desk.addAccount("chair", "chair", Role.CHAIR, null);
                    desk.addAccount("police", "police", Role.AGENCY_REPRESENTATIVE, "police");
                    desk.addAccount("housing", "housing", Role.AGENCY_REPRESENTATIVE, "housing");
                    desk.addAccount("idva", "idva", Role.IDVA, "idva");
                    desk.addAccount("admin", "admin", Role.ADMINISTRATOR, null);
                });
    }

    public static SessionManager signIn(Path dir, String user) throws Exception {
        SessionManager sessions = CliVault.sessionsFor(dir);
        sessions.unlock(user, PASS.toCharArray());
        return sessions;
    }
}
