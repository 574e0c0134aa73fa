package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.VaultFormatException;
import org.maracdesk.testdata.TestPostgres;

/**
 * TLS to a shared server (decision 0031), on the test cluster, which the script starts with TLS and a
 * throwaway CA: a connection file naming the CA ({@code sslrootcert}) sets up and signs in over
 * {@code verify-full}; another CA, a server that refuses TLS, and a remote server named without TLS
 * settings are each refused with a plain message.
 */
class ServerTlsTest {
    private static final String PASS = "server tls test passphrase";
    @TempDir
    Path dir;
    private final ServicesGraph graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());

    @AfterEach
    void signOut() {
        graph.sessions().lock();
    }

    @Test
    void setsUpAndSignsInOverVerifiedTlsWithTheCaNamedInTheConnectionFile() throws Exception {
        String url;
        char[] adminPassword;
        String adminUser;
        try (ServerConnection db = TestPostgres.freshDatabase()) {
            url = db.url();
            adminUser = db.user();
            adminPassword = db.password();
        }
        Files.copy(TestPostgres.sslRootCert(false), dir.resolve("marac-ca.crt"));
        Path file = dir.resolve("server.properties");
        Files.writeString(file, "url=" + url + "\nsslrootcert=marac-ca.crt\n", StandardCharsets.UTF_8);
        assertTrue(ServerFile.readUrl(file).contains("sslmode=verify-full"), "verify-full is the default with a CA");
        graph.server().initServer(file, adminUser, adminPassword, "casey", "Casey Coordinator", PASS.toCharArray());
        graph.server().signIn(file, "casey", PASS.toCharArray());
        assertEquals("t", graph.sessions().store().withConnection(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select ssl from pg_stat_ssl where pid = pg_backend_pid()")) {
                rs.next();
                return rs.getString(1);
            }
        }), "the connection is encrypted");
        graph.sessions().lock();

        Files.copy(TestPostgres.sslRootCert(true), dir.resolve("other-ca.crt"));
        Path other = dir.resolve("other.properties");
        Files.writeString(other, Files.readString(file, StandardCharsets.UTF_8)
                .replace("sslrootcert=marac-ca.crt", "sslrootcert=other-ca.crt"), StandardCharsets.UTF_8);
        StoreUnavailableException wrongCa = assertThrows(StoreUnavailableException.class,
                () -> graph.server().signIn(other, "casey", PASS.toCharArray()));
        assertTrue(wrongCa.getMessage().contains("could not be verified"), wrongCa.getMessage());
    }

    @Test
    void aServerThatRefusesTlsIsNamedAsSuch() throws Exception {
        Files.copy(TestPostgres.sslRootCert(false), dir.resolve("ca.crt"));
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread refuser = new Thread(() -> {
                try (Socket s = plain.accept(); InputStream in = s.getInputStream()) {
                    in.readNBytes(8);                      // the client's SSLRequest
                    s.getOutputStream().write('N');        // "no TLS here", as a server without ssl answers
                    s.getOutputStream().flush();
                    in.read();
                } catch (java.io.IOException ignored) {
                    // the client has gone
                }
            }, "refuses-tls");
            refuser.setDaemon(true);
            refuser.start();
            Path file = dir.resolve("plain.properties");
            Files.writeString(file, "url=jdbc:postgresql://127.0.0.1:" + plain.getLocalPort() + "/marac\n"
                    + "sslrootcert=ca.crt\n", StandardCharsets.UTF_8);
            StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                    () -> graph.server().initServer(file, "admin", "x".toCharArray(), "casey", "Casey",
                            PASS.toCharArray()));
            assertTrue(e.getMessage().contains("refused TLS"), e.getMessage());
        }
    }

    @Test
    void aServerOnAnotherMachineNeedsTlsSettings() throws Exception {
        Path remote = dir.resolve("remote.properties");
        Files.writeString(remote, "url=jdbc:postgresql://marac-db.wyvernshire.invalid:5432/marac\n",
                StandardCharsets.UTF_8);
        VaultFormatException e = assertThrows(VaultFormatException.class, () -> ServerFile.readUrl(remote));
        assertTrue(e.getMessage().contains("without TLS settings"), e.getMessage());
        Files.writeString(remote, "url=jdbc:postgresql://marac-db.wyvernshire.invalid:5432/marac\nsslmode=disable\n",
                StandardCharsets.UTF_8);
        assertTrue(ServerFile.readUrl(remote).endsWith("?sslmode=disable"), "an explicit choice is kept");
        Files.writeString(remote, "url=jdbc:postgresql://marac-db.wyvernshire.invalid:5432/marac\nsslmode=verify-full\n",
                StandardCharsets.UTF_8);
        assertThrows(VaultFormatException.class, () -> ServerFile.readUrl(remote), "verify-full needs a CA file");
        Files.writeString(remote, "url=jdbc:postgresql://marac-db.wyvernshire.invalid:5432/marac\nsslrootcert=none.crt\n",
                StandardCharsets.UTF_8);
        e = assertThrows(VaultFormatException.class, () -> ServerFile.readUrl(remote));
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
    }
}
