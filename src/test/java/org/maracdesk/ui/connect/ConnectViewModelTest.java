package org.maracdesk.ui.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.testdata.SharedServer;
import org.maracdesk.testdata.TestPostgres;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

/**
 * The connect screen's view model on the real test cluster (decision 0038): each way signing in can fail is
 * said in the bundle's plain words (no file, a file not set up, nobody listening, a certificate from another
 * CA, a wrong passphrase), the passphrase is wiped, and only a successful sign-in is remembered.
 */
class ConnectViewModelTest {
    private static final String PASS = "connect screen test passphrase";
    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    private static SharedServer server;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Path> remembered = new ArrayList<>();
    private final List<AccountInfo> connected = new ArrayList<>();
    private ServicesGraph graph;
    private ConnectViewModel vm;

    @BeforeAll
    static void aServer() {
        server = new SharedServer(shared.resolve("server"), "Casey Coordinator", "casey", PASS);
    }

    @AfterAll
    static void closeServer() {
        server.close();
    }

    @BeforeEach
    void screen() {
        graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        vm = new ConnectViewModel(graph.server(), new CurrentThreadTaskExecutor(), e -> {
            throw new AssertionError("an expected failure reached the error dialog", e);
        }, messages, remembered::add, (file, account) -> connected.add(account));
        vm.usernameProperty().set("casey");
    }

    @AfterEach
    void signOut() {
        graph.sessions().lock();
    }

    private String connectWith(Path file, String passphrase) {
        vm.connectionFileProperty().set(file.toString());
        char[] secret = passphrase.toCharArray();
        vm.connect(secret);
        assertTrue(new String(secret).chars().allMatch(c -> c == 0), "the passphrase is wiped");
        assertFalse(vm.busyProperty().get());
        return vm.errorMessageProperty().get();
    }

    @Test
    void theRightFileAndPassphraseSignInAndAreRemembered() {
        assertEquals("", connectWith(server.connectionFile(), PASS));
        assertEquals(1, connected.size());
        assertEquals("casey", connected.get(0).username());
        assertEquals(List.of(server.connectionFile()), remembered);
        assertTrue(graph.sessions().isUnlocked());
    }

    @Test
    void aWrongPassphraseIsSaidPlainlyAndNothingIsRemembered() {
        assertEquals(messages.get("connect.wrong"), connectWith(server.connectionFile(), "not casey's passphrase"));
        assertEquals(1, vm.failedAttemptsProperty().get());
        assertEquals(List.of(), remembered);
        assertFalse(graph.sessions().isUnlocked());
    }

    @Test
    void aMissingOrUnfinishedConnectionFileIsSaidPlainly() throws Exception {
        assertEquals(messages.get("connect.noFile"), connectWith(dir.resolve("nowhere.properties"), PASS));
        Path unfinished = dir.resolve("unfinished.properties");
        Files.writeString(unfinished, "url=jdbc:postgresql://127.0.0.1:5432/marac\n", StandardCharsets.UTF_8);
        String said = connectWith(unfinished, PASS);
        assertTrue(said.startsWith(messages.format("connect.badFile", "").strip()), said);
        assertTrue(said.contains("server init"), "says what is missing: " + said);
        assertEquals(List.of(), remembered);
    }

    @Test
    void aServerNobodyAnswersIsSaidPlainly() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path file = dir.resolve("gone.properties");
        Files.writeString(file, Files.readString(server.connectionFile(), StandardCharsets.UTF_8)
                .replaceFirst("127\\.0\\.0\\.1:\\d+", "127.0.0.1:" + port), StandardCharsets.UTF_8);
        assertEquals(messages.get("connect.unreachable"), connectWith(file, PASS));
        assertEquals(List.of(), remembered);
    }

    @Test
    void aCertificateFromAnotherCaIsSaidPlainly() throws Exception {
        Files.copy(TestPostgres.sslRootCert(true), dir.resolve("other-ca.crt"));
        Path file = dir.resolve("other-ca.properties");
        Files.writeString(file, Files.readString(server.connectionFile(), StandardCharsets.UTF_8)
                + "\nsslrootcert=other-ca.crt\n", StandardCharsets.UTF_8);
        assertEquals(messages.get("connect.tls.unverified"), connectWith(file, PASS));
        assertEquals(List.of(), remembered);
    }

    @Test
    void connectWaitsForAFileAndAUsername() {
        vm.usernameProperty().set("");
        vm.connectionFileProperty().set(server.connectionFile().toString());
        assertFalse(vm.canConnectProperty().get());
        char[] secret = PASS.toCharArray();
        vm.connect(secret);
        assertTrue(new String(secret).chars().allMatch(c -> c == 0));
        assertEquals(List.of(), connected);
        assertEquals("", vm.errorMessageProperty().get());
    }
}
