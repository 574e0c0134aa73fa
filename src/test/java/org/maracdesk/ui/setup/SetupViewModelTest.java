package org.maracdesk.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;
import org.maracdesk.store.Vault;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;

class SetupViewModelTest {
    @TempDir
    Path dir;
    private SessionManager sessions;
    private final List<SessionManager.NewVault> created = new ArrayList<>();
    private final List<Throwable> reported = new ArrayList<>();

    private SetupViewModel viewModel() {
        sessions = CliVault.sessionsFor(dir.resolve("vault"));
        return new SetupViewModel(sessions, new CurrentThreadTaskExecutor(), reported::add,
                new Messages(Locale.UK), created::add);
    }

    @AfterEach
    void lock() {
        if (sessions != null) {
            sessions.lock();
        }
    }

    private static void fill(SetupViewModel vm, String name, String user, String pass, String confirm) {
        vm.displayNameProperty().set(name);
        vm.usernameProperty().set(user);
        vm.passphraseChanged(pass, confirm);
    }

    @Test
    void createStaysDisabledUntilEveryFieldIsValid() {
        SetupViewModel vm = viewModel();
        assertFalse(vm.canCreateProperty().get());
        fill(vm, "Sam Example", "sam", "long enough passphrase", "long enough passphrase");
        assertTrue(vm.canCreateProperty().get());
        fill(vm, " ", "sam", "long enough passphrase", "long enough passphrase");
        assertFalse(vm.canCreateProperty().get(), "display name required");
        fill(vm, "Sam Example", "no spaces allowed", "long enough passphrase", "long enough passphrase");
        assertFalse(vm.canCreateProperty().get(), "username must be valid");
        assertFalse(vm.usernameProblem().isEmpty());
        fill(vm, "Sam Example", "sam", "eleven char", "eleven char");
        assertFalse(vm.canCreateProperty().get(), "at least 12 characters");
        assertTrue(vm.passphraseHintProperty().get().contains("12"));
        fill(vm, "Sam Example", "sam", "long enough passphrase", "long enough passphrasf");
        assertFalse(vm.canCreateProperty().get(), "confirmation must match");
        assertFalse(vm.confirmationHintProperty().get().isEmpty());
    }

    @Test
    void createMakesTheVaultSignsInAndWipesBothPassphrases() {
        SetupViewModel vm = viewModel();
        fill(vm, "Sam Example", "Sam", "long enough passphrase", "long enough passphrase");
        char[] pass = "long enough passphrase".toCharArray();
        char[] confirm = "long enough passphrase".toCharArray();
        vm.create(pass, confirm);
        assertEquals(List.of(), reported);
        assertEquals(1, created.size());
        assertEquals(new AccountInfo("sam", "Sam Example", Role.COORDINATOR, null), created.get(0).account());
        assertEquals(29, created.get(0).recoveryKey().length, "a recovery key to show once");
        assertTrue(Vault.exists(dir.resolve("vault")));
        assertTrue(sessions.isUnlocked());
        char[] zeros = new char[pass.length];
        assertTrue(Arrays.equals(zeros, pass) && Arrays.equals(zeros, confirm), "passphrases were not wiped");
    }

    @Test
    void mismatchedPassphrasesCreateNothing() {
        SetupViewModel vm = viewModel();
        fill(vm, "Sam Example", "sam", "long enough passphrase", "long enough passphrase");
        vm.create("long enough passphrase".toCharArray(), "something else entirely".toCharArray());
        assertEquals(List.of(), created);
        assertFalse(Vault.exists(dir.resolve("vault")));
        assertNull(sessions.account().orElse(null));
    }
}
