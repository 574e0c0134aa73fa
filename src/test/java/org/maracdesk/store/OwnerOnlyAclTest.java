package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Windows code path, on an in-memory file system shaped like NTFS (Windows paths, owner and ACL views,
 * no POSIX permissions): the vault folder, a backup folder and an export get exactly the owner and SYSTEM,
 * nothing inherited from the parent, and whatever was there before is replaced.
 */
class OwnerOnlyAclTest {
    private static FileSystem windowsLike() {
        return Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "acl").build());
    }

    @Test
    void vaultFolderGetsOwnerAndSystemOnlyInheritableByItsFiles() throws Exception {
        try (FileSystem fs = windowsLike()) {
            Path local = fs.getPath("C:\\Users\\alex\\AppData\\Local");
            Files.createDirectories(local);
            UserPrincipal everyone = fs.getUserPrincipalLookupService().lookupPrincipalByName("Everyone");
            view(local).setAcl(List.of(allow(everyone, EnumSet.of(AclEntryFlag.FILE_INHERIT))));

            Path vault = local.resolve("MARAC Desk").resolve("vault");
            OwnerOnlyFiles.createDirectories(vault);
            UserPrincipal owner = Files.getOwner(vault);
            assertEquals(Set.of(owner.getName(), "SYSTEM"), names(vault), "only the owner and SYSTEM");
            for (AclEntry e : view(vault).getAcl()) {
                assertEquals(AclEntryType.ALLOW, e.type());
                assertEquals(EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT), e.flags(),
                        "inheritable by what is created inside, and not itself marked inherited");
                assertEquals(EnumSet.allOf(AclEntryPermission.class), e.permissions());
            }
            assertEquals(Set.of("Everyone"), names(local), "the parent folder is not touched");
        }
    }

    @Test
    void filesAndExportsAreOwnerOnlyAndAnOlderAclIsReplaced() throws Exception {
        try (FileSystem fs = windowsLike()) {
            Path vault = fs.getPath("C:\\vault");
            Files.createDirectories(vault);
            Path old = vault.resolve("vault.json");
            Files.writeString(old, "{}");
            UserPrincipal users = fs.getUserPrincipalLookupService().lookupPrincipalByName("Users");
            view(old).setAcl(List.of(allow(users, EnumSet.noneOf(AclEntryFlag.class))));

            OwnerOnlyFiles.restrictTree(vault);
            assertEquals(Set.of(Files.getOwner(old).getName(), "SYSTEM"), names(old), "Users is gone");
            assertTrue(view(old).getAcl().stream().allMatch(e -> e.flags().isEmpty()), "a file has no inherit flags");

            Path export = fs.getPath("C:\\exports");
            Files.createDirectories(export);
            Path minutes = export.resolve("minutes.pdf.gpg");
            OwnerOnlyFiles.createFile(minutes);
            assertEquals(Set.of(Files.getOwner(minutes).getName(), "SYSTEM"), names(minutes));

            Path backups = fs.getPath("C:\\vault.backups");
            OwnerOnlyFiles.createDirectories(backups);
            assertEquals(Set.of(Files.getOwner(backups).getName(), "SYSTEM"), names(backups));
        }
    }

    private static AclFileAttributeView view(Path p) {
        return Files.getFileAttributeView(p, AclFileAttributeView.class);
    }

    private static Set<String> names(Path p) throws Exception {
        return view(p).getAcl().stream().map(e -> e.principal().getName()).collect(Collectors.toSet());
    }

    private static AclEntry allow(UserPrincipal who, Set<AclEntryFlag> flags) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who)
                .setPermissions(AclEntryPermission.READ_DATA).setFlags(flags).build();
    }
}
