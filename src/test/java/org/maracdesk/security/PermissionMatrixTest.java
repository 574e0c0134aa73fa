package org.maracdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every role against every permission, as the table in {@code docs/permissions.md} states it. */
class PermissionMatrixTest {
    private static final Role[] COLUMNS = {Role.COORDINATOR, Role.CHAIR, Role.AGENCY_REPRESENTATIVE, Role.IDVA,
        Role.ADMINISTRATOR};
    /** Where the role × permission table is written for people; the matrix must say the same. */
    private static final Path TABLE = Path.of("docs", "permissions.md");

    static Stream<Arguments> documentedTable() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            String[] cells = line.split("\\|");
            if (cells.length == 7 && cells[1].strip().matches("[A-Z_]+")) {
                Permission p = Permission.valueOf(cells[1].strip());
                for (int i = 0; i < COLUMNS.length; i++) {
                    rows.add(Arguments.of(COLUMNS[i], p, cells[i + 2].strip().equals("yes")));
                }
            }
        }
        return rows.stream();
    }

    @Test
    void documentedTableCoversEveryRoleAndPermission() throws IOException {
        Set<Permission> listed = EnumSet.noneOf(Permission.class);
        documentedTable().forEach(a -> listed.add((Permission) a.get()[1]));
        assertEquals(EnumSet.allOf(Permission.class), listed);
        assertEquals(Permission.values().length * Role.values().length, documentedTable().count());
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @MethodSource("documentedTable")
    void matrixAgreesWithTheDocumentedTable(Role role, Permission permission, boolean allowed) {
        assertEquals(allowed, PermissionMatrix.allows(role, permission));
        AccountInfo who = new AccountInfo("someone", "Someone", role, null);
        if (allowed) {
            PermissionMatrix.require(who, permission);
        } else {
            assertThrows(NotPermittedException.class, () -> PermissionMatrix.require(who, permission));
        }
    }

    @Test
    void nobodySignedInMayDoNothing() {
        for (Permission p : Permission.values()) {
            assertThrows(NotPermittedException.class, () -> PermissionMatrix.require(null, p));
        }
    }
}
