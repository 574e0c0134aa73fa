package org.maracdesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.common.ServicesGraph;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.security.PassphraseConfirmation;
import org.maracdesk.security.Role;
import org.maracdesk.testdata.SharedServer;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

/**
 * Change my passphrase from the window (decision 0053), on a real vault and on a real shared server: what is wrong
 * is said in the bundle's words and nothing changes; a good change leaves the session going, the new passphrase is
 * the one that counts, and every array handed in is wiped.
 */
class OwnPassphraseViewModelTest {
    private static final String PASS = "own passphrase test phrase";
    private static final String FRESH = "a fresh passphrase for the desk";
    @TempDir
    Path dir;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private ServicesGraph graph;
    private SharedServer server;

    @AfterEach
    void close() {
        if (graph != null) {
            graph.sessions().lock();
        }
        if (server != null) {
            server.close();
        }
        assertTrue(reported.isEmpty(), () -> "nothing unexpected: " + reported);
    }

    @Test
    void onAVault() throws Exception {
        graph = new ServicesGraph(dir.resolve("vault"), Runnable::run, Clock.systemUTC());
        graph.sessions().createVault("Casey Coordinator", "casey", Role.COORDINATOR, PASS.toCharArray());
        changes();
        graph.sessions().lock();
        assertThrows(WrongCredentialsException.class, () -> graph.sessions().unlock("casey", PASS.toCharArray()));
        graph.sessions().unlock("casey", FRESH.toCharArray());
    }

    @Test
    void onASharedServer() throws Exception {
        server = new SharedServer(dir, "Casey Coordinator", "casey", PASS);
        graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
        graph.server().signIn(server.connectionFile(), "casey", PASS.toCharArray());
        changes();
        assertEquals(0, graph.caseQueries().listCases().size(), "the session goes on");
    }

    /**
     * The server stops answering (a real TCP hop cut) while the dialog is open: the change is not parked to run
     * later, as other work is (decision 0058), but refused at once with the words to say so, the arrays wiped; once
     * the cable is mended the same change goes through.
     */
    @Test
    void whenTheServerDoesNotAnswerItSaysSoAtOnceAndKeepsNothing() throws Exception {
        server = new SharedServer(dir, "Casey Coordinator", "casey", PASS);
        java.net.URI uri = java.net.URI.create(server.admin().url().substring("jdbc:".length()));
        try (org.maracdesk.testdata.NetworkCable cable = new org.maracdesk.testdata.NetworkCable(uri.getHost(),
                uri.getPort())) {
            Path viaCable = dir.resolve("through-the-cable.properties");
            java.nio.file.Files.writeString(viaCable, java.nio.file.Files.readString(server.connectionFile())
                    .replace(server.admin().url(), server.admin().url().replace(":" + uri.getPort() + "/",
                            ":" + cable.port() + "/")));
            graph = new ServicesGraph(null, Runnable::run, Clock.systemUTC());
            graph.server().signIn(viaCable, "casey", PASS.toCharArray());
            org.maracdesk.ui.common.ServerLink link = new org.maracdesk.ui.common.ServerLink(Clock.systemUTC(),
                    java.time.Duration.ofHours(1), Runnable::run);
            link.start(() -> false);
            OwnPassphraseViewModel vm = new OwnPassphraseViewModel(graph.sessions(),
                    link.wrap(new CurrentThreadTaskExecutor()), reported::add, messages);
            int[] done = new int[1];
            cable.cut();
            refused(vm, PASS, FRESH, FRESH, "passphrase.change.noServer", done);
            assertEquals(0, link.waitingProperty().get(), "nothing left waiting with the passphrases in it");
            assertFalse(vm.busyProperty().get());
            link.stop();

            cable.mend();
            for (int i = 0; i < 9; i++) { // as the window's probe does: the pool drops the connections the cut broke
                try {
                    graph.sessions().store().withConnection(c -> c.createStatement().execute("select 1"));
                    break;
                } catch (RuntimeException dropped) {
                    // the next pooled connection
                }
            }
            vm = new OwnPassphraseViewModel(graph.sessions(), new CurrentThreadTaskExecutor(), reported::add,
                    messages);
            vm.change(PASS.toCharArray(), FRESH.toCharArray(), FRESH.toCharArray(), () -> done[0]++);
            assertEquals(1, done[0], "changed once the server answers: " + vm.problemProperty().get());
            graph.sessions().lock(); // on a pooled connection the cut may have broken: it still signs out
            graph = null;
        }
    }

    private void changes() throws Exception {
        OwnPassphraseViewModel vm = new OwnPassphraseViewModel(graph.sessions(), new CurrentThreadTaskExecutor(),
                reported::add, messages);
        int[] done = new int[1];

        refused(vm, PASS, FRESH, FRESH + " typo", "admin.accounts.passphraseMismatch", done);
        refused(vm, PASS, "short", "short", null, done);
        assertEquals(messages.format("admin.accounts.passphraseLength", 12, 128), vm.problemProperty().get());
        refused(vm, PASS, "iloveyou iloveyou", "iloveyou iloveyou", "admin.passphrase.tooCommon", done);
        refused(vm, "", FRESH, FRESH, "passphrase.change.currentMissing", done);
        refused(vm, "not the passphrase at all", FRESH, FRESH, "passphrase.change.wrongCurrent", done);
        new PassphraseConfirmation(graph.sessions()).confirm(PASS.toCharArray());

        char[][] good = {PASS.toCharArray(), FRESH.toCharArray(), FRESH.toCharArray()};
        vm.change(good[0], good[1], good[2], () -> done[0]++);
        assertEquals(1, done[0], "changed");
        assertEquals("", vm.problemProperty().get());
        assertFalse(vm.busyProperty().get());
        assertWiped(good);
        new PassphraseConfirmation(graph.sessions()).confirm(FRESH.toCharArray());
        assertThrows(WrongCredentialsException.class,
                () -> new PassphraseConfirmation(graph.sessions()).confirm(PASS.toCharArray()));
    }

    private void refused(OwnPassphraseViewModel vm, String current, String next, String again, String key,
                         int[] done) {
        char[][] typed = {current.toCharArray(), next.toCharArray(), again.toCharArray()};
        vm.change(typed[0], typed[1], typed[2], () -> done[0]++);
        assertEquals(0, done[0], "not changed");
        if (key != null) {
            assertEquals(messages.get(key), vm.problemProperty().get());
        }
        assertWiped(typed);
    }

    private static void assertWiped(char[][] arrays) {
        for (char[] a : arrays) {
            for (char c : a) {
                assertEquals(0, c, "wiped");
            }
        }
    }
}
