package org.maracdesk.store;

import org.maracdesk.common.Secrets;
import org.maracdesk.common.StoreUnavailableException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Re-encrypts the closed database file under a new data key, crash-safely: the copy goes to a
 * pending file beside it, which is opened with the new key and stamped with the new generation
 * before the header changes; only then does it replace the old file in one atomic rename. The
 * header is the source of truth: at the next open a pending file that the header's key opens is
 * adopted, and one it does not open (an attempt that stopped before the header was written) is
 * deleted.
 */
final class H2Rekey {
    static final String PENDING = H2Files.DATABASE_NAME + "-rekey";
    private static final String SUFFIX = ".mv.db";
    private static final int CHUNK = 1 << 20;

    private H2Rekey() {
    }

    static Path pendingFile(Path vaultDir) {
        return vaultDir.resolve(PENDING + SUFFIX);
    }

    static Path databaseFile(Path vaultDir) {
        return vaultDir.resolve(H2Files.DATABASE_NAME + SUFFIX);
    }

    /** Writes the pending copy, encrypted under {@code next}; the old file is untouched. */
    static void writePending(Path vaultDir, DataKey current, DataKey next) {
        Path source = databaseFile(vaultDir);
        Path target = pendingFile(vaultDir);
        char[] oldPassword = Secrets.hex(current.copyForFile());
        char[] newPassword = Secrets.hex(next.copyForFile());
        try {
            Files.deleteIfExists(target);
            try (FileChannel inBase = FileChannel.open(source, StandardOpenOption.READ);
                 FileChannel outBase = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                         StandardOpenOption.WRITE)) {
                OwnerOnlyFiles.restrictFile(target);
                FileChannel in = new AesXtsChannel(inBase, FilePathEncrypt.getPasswordBytes(oldPassword));
                FileChannel out = new AesXtsChannel(outBase, FilePathEncrypt.getPasswordBytes(newPassword));
                copy(in, out);
                out.force(true);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            throw new StoreUnavailableException("the vault could not be re-encrypted (" + e.getClass().getSimpleName()
                    + "); nothing was changed");
        } finally {
            Secrets.wipe(oldPassword);
            Secrets.wipe(newPassword);
        }
    }

    private static void copy(FileChannel in, FileChannel out) throws IOException {
        long size = in.size();
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        for (long pos = 0; pos < size; ) {
            buffer.clear();
            buffer.limit((int) Math.min(CHUNK, size - pos));
            int read = in.read(buffer, pos);
            if (read <= 0) {
                throw new IOException("short read");
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer, pos + buffer.position());
            }
            pos += read;
        }
    }

    /** Opens the pending file with the new key, checks it reads, and records the new generation in it. */
    static void stampPending(Path vaultDir, char[] h2Password, long generation) {
        JdbcDataSource source = H2Files.source(vaultDir, PENDING, h2Password, "");
        try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*) from audit_entry")) {
                rs.next();
            }
            st.executeUpdate("update vault_generation set generation = " + generation + " where id = 1");
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            deleteQuietly(pendingFile(vaultDir));
            throw new StoreUnavailableException("the re-encrypted vault did not open (H2 error " + e.getErrorCode()
                    + "); nothing was changed");
        } finally {
            H2Files.close(vaultDir, PENDING);
        }
    }

    /** Puts the pending file in place of the old one, in one atomic rename. */
    static void adopt(Path vaultDir) {
        try {
            Files.move(pendingFile(vaultDir), databaseFile(vaultDir), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreUnavailableException("the re-encrypted vault could not be put in place ("
                    + e.getClass().getSimpleName() + "); sign in again to finish");
        }
    }

    /**
     * At open: finishes an interrupted change of key, or clears an abandoned one (see the class
     * comment). A pending file is adopted only when the header's key opens it and it carries the
     * header's own key generation, which only a completed copy does.
     */
    static void settle(Path vaultDir, char[] h2Password, long headerGeneration) {
        if (!Files.exists(pendingFile(vaultDir))) {
            return;
        }
        boolean belongs = false;
        if (headerGeneration > 0) {
            JdbcDataSource source = H2Files.source(vaultDir, PENDING, h2Password, "");
            try (Connection c = source.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select generation from vault_generation where id = 1")) {
                belongs = rs.next() && rs.getLong(1) == headerGeneration;
            } catch (SQLException e) {
                belongs = false;
            } finally {
                H2Files.close(vaultDir, PENDING);
            }
        }
        if (belongs) {
            adopt(vaultDir);
        } else {
            deleteQuietly(pendingFile(vaultDir));
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A pending file that cannot be deleted is cleared at the next open.
        }
    }
}
