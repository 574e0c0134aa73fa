package org.maracdesk.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.maracdesk.store.ServerConnection;

/**
 * The test run's PostgreSQL cluster, started by {@code scripts/test-postgres start} the first time a
 * test asks for it (so a run without PostgreSQL tests pays nothing) and stopped when the test run
 * ends ({@link PostgresTestSession}, with a shutdown hook as a fallback). If it cannot start, every
 * test that asks for it fails with the script's reason: PostgreSQL tests never skip.
 */
public final class TestPostgres {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path SCRIPT = ROOT.resolve("scripts/test-postgres");
    /**
     * This test JVM's own cluster folder: surefire runs test classes in parallel JVMs (forks), and each
     * starts its own cluster in {@code target/test-postgres-N} (the pom passes the folder); elsewhere (an
     * IDE) {@code target/test-postgres}.
     */
    private static final Path DIR = ROOT.resolve(System.getProperty("marac.testPostgresDir", "target/test-postgres"));
    private static final Path PROPERTIES = DIR.resolve("connection.properties");
    /** Installing PostgreSQL on a fresh machine can take minutes. */
    private static final long START_TIMEOUT_MINUTES = 15;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Test databases made in this run and not dropped yet. */
    private static final List<String> CREATED = new java.util.ArrayList<>();
    private static ServerConnection admin;
    private static String failure;
    private static boolean started;

    private TestPostgres() {
    }

    /** The cluster's superuser connection (to the {@code postgres} database); starts the cluster once. */
    public static synchronized ServerConnection admin() {
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        if (admin == null) {
            start();
        }
        return admin;
    }

    /**
     * The CA certificate that signed the test cluster's TLS certificate (for 127.0.0.1 and localhost), or
     * with {@code other} an unrelated CA that must not verify it. The script makes them with openssl; a
     * cluster started without it has no TLS, and this fails saying so.
     */
    public static Path sslRootCert(boolean other) {
        admin();
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(PROPERTIES)) {
            p.load(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the test cluster's connection.properties cannot be read", e);
        }
        String path = p.getProperty(other ? "other.sslrootcert" : "sslrootcert");
        if (path == null) {
            throw new IllegalStateException("the test cluster runs without TLS: scripts/test-postgres needs openssl"
                    + " to make its test CA and server certificate");
        }
        return Path.of(path);
    }

    /**
     * A new, empty database on the test cluster, and the superuser's connection to it. Earlier test
     * databases that nobody is connected to any more (their store is closed) are dropped first, so a
     * whole run does not fill the disk with one database per test.
     */
    public static ServerConnection freshDatabase() {
        ServerConnection server = admin();
        dropUnused(server);
        String name = "marac_t" + DATABASES.incrementAndGet() + "_" + HexFormat.of().formatHex(randomBytes(4));
        execute(server, "create database " + name);
        synchronized (CREATED) {
            CREATED.add(name);
        }
        return server.withDatabase(name);
    }

    private static void dropUnused(ServerConnection server) {
        synchronized (CREATED) {
            CREATED.removeIf(name -> {
                try {
                    execute(server, "drop database if exists " + name);
                    return true;
                } catch (IllegalStateException inUse) {
                    return false;
                }
            });
        }
    }

    /** Runs one statement as the superuser on {@code connection}'s database. */
    public static void execute(ServerConnection connection, String sql) {
        char[] password = connection.password();
        Properties p = new Properties();
        p.setProperty("user", connection.user());
        p.setProperty("password", new String(password));
        java.util.Arrays.fill(password, '\0');
        try (Connection c = DriverManager.getConnection(connection.url(), p); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the test cluster refused a statement (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void start() {
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stopIfStarted, "test-postgres-stop"));
        started = true;
        Result r = run("start", START_TIMEOUT_MINUTES);
        if (r.exit != 0 || !Files.isRegularFile(PROPERTIES)) {
            failure = "the PostgreSQL test cluster did not start (" + SCRIPT + " start exited " + r.exit + "): "
                    + r.output.strip();
            throw new IllegalStateException(failure);
        }
        admin = ServerConnection.read(PROPERTIES);
    }

    /** Stops the cluster if this run started it; safe to call more than once. */
    public static synchronized void stopIfStarted() {
        if (!started) {
            return;
        }
        started = false;
        System.err.println("test-postgres: " + DATABASES.get() + " test databases made, " + CREATED.size()
                + " still there at the end");
        if (admin != null) {
            admin.close();
            admin = null;
        }
        Result r = run("stop", 2);
        if (r.exit != 0) {
            System.err.println("test-postgres: stopping the test cluster failed: " + r.output.strip());
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String command, long timeoutMinutes) {
        try {
            Path log = Files.createTempFile("test-postgres", ".log");
            try {
                ProcessBuilder b = new ProcessBuilder(List.of("bash", SCRIPT.toString(), command))
                        .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
                b.environment().put("TEST_POSTGRES_DIR", DIR.toString());
                Process p = b.start();
                if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    return new Result(-1, "timed out after " + timeoutMinutes + " min");
                }
                String output = Files.readString(log, StandardCharsets.UTF_8);
                if (!output.isBlank()) {
                    System.err.print(output);
                }
                return new Result(p.exitValue(), output);
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            return new Result(-1, "could not run the script: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
