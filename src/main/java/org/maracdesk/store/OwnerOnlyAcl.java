package org.maracdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Owner-only on a file system with ACLs (Windows): the ACL is replaced by exactly two entries that allow
 * everything, one for the owner and one for SYSTEM (which the operating system and its backup run as),
 * and nothing else — no entry inherited from the parent folder, so "Users" or "Everyone" on a parent do
 * not reach the vault. On a folder both entries are inheritable, so files created in it later get the
 * same two entries from the first instant.
 */
final class OwnerOnlyAcl {
    static final String SYSTEM = "SYSTEM";

    private OwnerOnlyAcl() {
    }

    static boolean supported(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("acl");
    }

    static void restrict(Path path, boolean directory) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<AclEntryFlag> flags = directory ? EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                : EnumSet.noneOf(AclEntryFlag.class);
        List<AclEntry> acl = new ArrayList<>();
        acl.add(allowAll(view.getOwner(), flags));
        try {
            UserPrincipal system = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SYSTEM);
            acl.add(allowAll(system, flags));
        } catch (UserPrincipalNotFoundException e) {
            // A system without a SYSTEM account: the owner alone.
        }
        view.setAcl(acl);
    }

    private static AclEntry allowAll(UserPrincipal who, Set<AclEntryFlag> flags) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).setFlags(flags).build();
    }
}
