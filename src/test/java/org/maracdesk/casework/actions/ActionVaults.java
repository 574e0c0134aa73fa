package org.maracdesk.casework.actions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountService;
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

    public static void create(Path dir, int cases) {
        SessionManager setup = CliVault.sessionsFor(dir);
        setup.createVault("Coordinator", "coordinator", Role.COORDINATOR, PASS.toCharArray());
        new DemoVaultLoader(new InstrumentRegistry()).load(setup.store(),
                new SyntheticDataGenerator(7, TODAY).generate(cases));
        AccountService accounts = new AccountService(Clock.systemUTC());
        add(setup, accounts, "chair", Role.CHAIR, null);
        add(setup, accounts, "police", Role.AGENCY_REPRESENTATIVE, "police");
        add(setup, accounts, "housing", Role.AGENCY_REPRESENTATIVE, "housing");
        add(setup, accounts, "idva", Role.IDVA, "idva");
        add(setup, accounts, "admin", Role.ADMINISTRATOR, null);
        setup.lock();
    }

    private static void add(SessionManager s, AccountService accounts, String user, Role role, String agency) {
        s.store().vault().addUser(user, PASS.toCharArray());
        accounts.create(s.store(), user, user, role, agency);
    }

    /**
     * The same synthetic cases and accounts in a store of {@code kind} ({@code dir} holds the vault on H2),
     * signed in as the coordinator; close it when done.
     */
    public static TestDesk desk(StoreKind kind, Path dir, int cases) {
        TestDesk desk = TestDesk.open(kind, dir, "Coordinator", "coordinator", PASS.toCharArray());
        new DemoVaultLoader(new InstrumentRegistry()).load(desk.store(),
                new SyntheticDataGenerator(7, TODAY).generate(cases));
        desk.addAccount("chair", "chair", Role.CHAIR, null);
        desk.addAccount("police", "police", Role.AGENCY_REPRESENTATIVE, "police");
        desk.addAccount("housing", "housing", Role.AGENCY_REPRESENTATIVE, "housing");
        desk.addAccount("idva", "idva", Role.IDVA, "idva");
        desk.addAccount("admin", "admin", Role.ADMINISTRATOR, null);
        return desk;
    }

    public static SessionManager signIn(Path dir, String user) throws Exception {
        SessionManager sessions = CliVault.sessionsFor(dir);
        sessions.unlock(user, PASS.toCharArray());
        return sessions;
    }
}
