package org.maracdesk.security;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.store.ServerConnection;
import org.maracdesk.store.ServerFile;
import org.maracdesk.store.ServerImport;
import org.maracdesk.store.ServerKeys;
import org.maracdesk.store.ServerLogin;
import org.maracdesk.store.ServerSetup;
import org.maracdesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code server import --vault DIR} (decision 0039): moves the whole of an unlocked vault onto a shared server
 * set up by {@code server init}, in one transaction as the server's owner, so a failure leaves the server as it
 * was. Every table row for row, the accounts merged by username (new ones get a login role that cannot log in
 * until their passphrase is reset on the server; the importer's own gets its vault passphrase), the audit trail
 * re-sealed with the server's key after the vault's own check, sequences moved past the imported ids, then the
 * counts compared and the server's chain verified. Only the account that may manage the vault's accounts may
 * do it. No case data is shown, logged or put in a message: it goes from one database to the other.
 */
public final class VaultToServer {
    private static final Logger LOG = LoggerFactory.getLogger(VaultToServer.class);
    private final SessionManager vault;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random;

    public VaultToServer(SessionManager vault, AuditLog audit, Clock clock, SecureRandom random) {
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
    }

    /** What to do: the server, its administrator, and whether to only count or to replace data already there. */
    public record Request(Path connectionFile, String adminUser, boolean dryRun, boolean replace) {
    }

    /**
     * What was (or, on a dry run, would be) moved: rows per table in the vault and on the server before,
     * audit entries, accounts given a login role, accounts the server had already (kept as they are).
     */
    public record Result(boolean dryRun, Map<String, Long> vaultRows, Map<String, Long> serverRowsBefore,
                         long auditEntries, List<String> accountsAdded, List<String> accountsKept,
                         long firstAuditSeq, long lastAuditSeq) {
        public long vaultCases() {
            return vaultRows.getOrDefault("marac_case", 0L);
        }
    }

    /** Imports; {@code adminPassword} and {@code passphrase} (the importer's, for its server login) are wiped. */
    public Result run(Request request, char[] adminPassword, char[] passphrase, ServerImport.RowProgress progress)
            throws WrongCredentialsException {
        try {
            AccountInfo me = vault.current();
            Store store = vault.store();
            requireMayMove(store, me);
            requireIntactTrail();
            ServerFile file = ServerFile.read(request.connectionFile());
            ServerSetup.Roles roles = new ServerSetup.Roles(file.rolePrefix());
            String verifier = request.dryRun() ? null : verifier(file, me.username(), passphrase);
            try (ServerConnection admin = new ServerConnection(file.url(), request.adminUser(), adminPassword.clone());
                 ServerImport target = ServerImport.open(admin, roles)) {
                Result result = store.withStreamingConnection(v -> move(v, target, request, me, verifier, progress));
                if (!request.dryRun()) {
                    audit.append(store, me.username(), AuditAction.EXPORTED, "server", roles.prefix(), null);
                    LOG.info("Vault moved onto a shared server: {} audit entries re-sealed", result.auditEntries());
                }
                return result;
            }
        } finally {
            Secrets.wipe(adminPassword);
            Secrets.wipe(passphrase);
        }
    }

    /** Who manages the vault's accounts moves it, so that someone can give the others passphrases on the server. */
    private static void requireMayMove(Store store, AccountInfo me) {
        boolean anAdministrator = store.withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select count(*) from account where role = 'ADMINISTRATOR' and active")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
        if (!(me.role() == Role.ADMINISTRATOR || me.role() == Role.COORDINATOR && !anAdministrator)) {
            throw new ImportRefusedException(ImportRefusedException.Why.NOT_PERMITTED, "only the account that manages"
                    + " this vault's accounts (" + (anAdministrator ? "its administrator" : "its coordinator") + ") may"
                    + " move it to a server, so that it can give the other accounts their passphrases there");
        }
    }

    private void requireIntactTrail() {
        AuditReport report = vault.verifier().verify(vault.store()); // the whole chain (decision 0082)
        vault.rememberAudit(report);
        if (!report.intact()) {
            throw new ImportRefusedException(ImportRefusedException.Why.AUDIT_BROKEN, "the vault's audit trail does"
                    + " not verify (entry " + report.firstBadSeq() + "): re-sealing it on the server would hide that."
                    + " Nothing was imported; see audit verify --vault");
        }
    }

    private String verifier(ServerFile file, String user, char[] passphrase) {
        char[] password = ServerLogin.password(passphrase, file.salt(), user, file.kdf());
        try {
            return ServerLogin.scramVerifier(password, random);
        } finally {
            Secrets.wipe(password);
        }
    }

    private Result move(Connection v, ServerImport target, Request request, AccountInfo me, String verifier,
                        ServerImport.RowProgress progress) throws SQLException {
        Connection s = target.connection();
        requireSameSchema(v, s);
        List<String> tables = target.tablesInOrder();
        Map<String, Long> vaultRows = ServerImport.counts(v, tables);
        Map<String, Long> before = ServerImport.counts(s, tables);
        long held = before.entrySet().stream().filter(e -> !ServerImport.SEEDED.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        long auditRows = ServerImport.counts(v, List.of("audit_entry")).get("audit_entry");
        Accounts accounts = accounts(v, s);
        if (request.dryRun()) {
            return new Result(true, vaultRows, before, auditRows, accounts.added(), accounts.kept(), 0, 0);
        }
        if (held > 0 && !request.replace()) {
            throw new ImportRefusedException(ImportRefusedException.Why.NOT_EMPTY, "the server already holds "
                    + before.getOrDefault("marac_case", 0L) + " case(s) and " + held + " row(s) of data in all;"
                    + " nothing was imported. To replace them with the vault's, run again with --replace");
        }
        target.lockAndQuieten(tables);
        target.clear(tables);
        long total = vaultRows.values().stream().mapToLong(Long::longValue).sum();
        long done = 0;
        for (String t : tables) {
            done += target.copy(v, t, done, total, progress);
        }
        addAccounts(v, target, accounts, me, verifier);
        AuditReseal.Carried carried = reseal(v, s, me, accounts, request.replace() && held > 0);
        target.moveSequences();
        Map<String, Long> after = ServerImport.counts(s, tables);
        if (!after.equals(vaultRows)) {
            throw new IllegalStateException("the server's row counts differ from the vault's after the copy");
        }
        requireServerChainIntact(s);
        target.commit();
        return new Result(false, vaultRows, before, carried.entries(), accounts.added(), accounts.kept(),
                carried.firstSeq(), carried.lastSeq());
    }

    private static void requireSameSchema(Connection v, Connection s) throws SQLException {
        String vaultVersion = ServerImport.schemaVersion(v);
        String serverVersion = ServerImport.schemaVersion(s);
        int order = ServerImport.compareVersions(serverVersion, vaultVersion);
        if (order < 0) {
            throw new ImportRefusedException(ImportRefusedException.Why.VERSION, "the server's schema (version "
                    + serverVersion + ") is older than the vault's (" + vaultVersion + "): run server upgrade first");
        }
        if (order > 0) {
            throw new ImportRefusedException(ImportRefusedException.Why.VERSION, "the vault's schema (version "
                    + vaultVersion + ") is older than the server's (" + serverVersion + "): open the vault once with the"
                    + " MARAC Desk version the server runs (vault check upgrades it, after a backup), then import");
        }
    }

    /** The vault's accounts in id order, and which of their usernames the server has already. */
    private record Accounts(List<Object[]> rows, List<String> added, List<String> kept) {
    }

    private static Accounts accounts(Connection v, Connection s) throws SQLException {
        java.util.Set<String> onServer = new java.util.HashSet<>();
        try (Statement st = s.createStatement(); ResultSet rs = st.executeQuery("select username from account")) {
            while (rs.next()) {
                onServer.add(rs.getString(1));
            }
        }
        List<Object[]> rows = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        try (Statement st = v.createStatement(); ResultSet rs = st.executeQuery("select username, display_name, role,"
                + " agency_code, created_at, version, active from account order by id")) {
            while (rs.next()) {
                String user = rs.getString(1);
                if (onServer.contains(user)) {
                    kept.add(user);
                } else {
                    rows.add(new Object[] {user, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, java.time.OffsetDateTime.class), rs.getInt(6), rs.getBoolean(7)});
                    added.add(user);
                }
            }
        }
        return new Accounts(rows, added, kept);
    }

    /**
     * New accounts keep their role, agency and active flag under new ids; each active one gets its login role:
     * the importer's with its vault passphrase, the others without a password, until reset on the server.
     */
    private static void addAccounts(Connection v, ServerImport target, Accounts accounts, AccountInfo me,
                                    String verifier) throws SQLException {
        Connection s = target.connection();
        try (PreparedStatement ps = s.prepareStatement("insert into account (id, username, display_name, role,"
                + " agency_code, created_at, version, active) values (nextval('account_seq'), ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : accounts.rows()) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.executeUpdate();
                if ((Boolean) row[6]) {
                    target.createLogin((String) row[0], row[0].equals(me.username()) ? verifier : null);
                }
            }
        }
    }

    private AuditReseal.Carried reseal(Connection v, Connection s, AccountInfo me, Accounts accounts, boolean replaced)
            throws SQLException {
        byte[] secret;
        try (Statement st = s.createStatement(); ResultSet rs = st.executeQuery("select audit_key from server_secret"
                + " where id = 1")) {
            if (!rs.next()) {
                throw new StoreUnavailableException("the server has no audit key: run server init first");
            }
            secret = rs.getBytes(1);
        }
        try (ServerKeys keys = new ServerKeys(secret)) {
            byte[] chainKey = keys.deriveStable(AuditLog.KEY_PURPOSE);
            try {
                AuditReseal reseal = new AuditReseal(s, chainKey);
                AuditReseal.Carried carried = reseal.carry(v);
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                for (String user : accounts.added()) {
                    reseal.appendOne(now, me.username(), AuditAction.ACCOUNT_ADDED, "account", user, null);
                }
                reseal.appendOne(now, me.username(), AuditAction.VAULT_IMPORTED, replaced ? "vault-replacing" : "vault",
                        "entries " + carried.firstSeq() + "-" + carried.lastSeq(), carried.vaultHeadMac());
                return carried;
            } finally {
                Secrets.wipe(chainKey);
            }
        }
    }

    private static void requireServerChainIntact(Connection s) throws SQLException {
        try (Statement st = s.createStatement(); ResultSet rs = st.executeQuery("select intact, bad_seq from"
                + " marac_audit_verify()")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new IllegalStateException("the server's audit trail did not verify after the import, at entry "
                        + rs.getLong(2));
            }
        }
    }
}
