package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault file through the JDK's AES (decision 0078) is H2's own {@code CIPHER=AES} format: the same operations
 * through H2's {@link FileEncrypt} and through {@link AesXtsChannel} give the same bytes on disk, and a database
 * written by either opens in the other.
 */
class AesXtsChannelTest {
    private static final char[] FILE_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff".toCharArray();
    private static final char[] USER_KEY = "0123456789abcdef0123456789abcdef".toCharArray();

    @TempDir
    Path dir;

    @Test
    void sameOperationsGiveTheSameBytesAsH2() throws Exception {
        Path theirs = dir.resolve("theirs.bin");
        Path ours = dir.resolve("ours.bin");
        Random random = new Random(20261129);
        try (FileChannel theirBase = open(theirs)) {
            FileEncrypt h2 = new FileEncrypt("theirs", FilePathEncrypt.getPasswordBytes(FILE_KEY), theirBase);
            h2.size(); // writes the header with its random salt
            Files.copy(theirs, ours);
            try (FileChannel ourBase = open(ours)) {
                AesXtsChannel mine = new AesXtsChannel(ourBase, FilePathEncrypt.getPasswordBytes(FILE_KEY));
                for (int step = 0; step < 300; step++) {
                    long size = h2.size();
                    assertEquals(size, mine.size(), "size after step " + step);
                    int kind = random.nextInt(5);
                    if (kind == 0 && size > 0) {
                        // a read anywhere, aligned or not
                        long at = random.nextLong(size);
                        int len = 1 + random.nextInt(3 * AesXtsChannel.SECTOR);
                        ByteBuffer a = ByteBuffer.allocate(len);
                        ByteBuffer b = ByteBuffer.allocate(len);
                        assertEquals(h2.read(a, at), mine.read(b, at), "read length at step " + step);
                        assertArrayEquals(a.array(), b.array(), "read at step " + step);
                    } else if (kind == 1 && size > 0) {
                        // a whole-sector write inside or at the end (what H2's store does)
                        long sectors = (size + AesXtsChannel.SECTOR - 1) / AesXtsChannel.SECTOR;
                        long at = random.nextLong(sectors + 1) * AesXtsChannel.SECTOR;
                        byte[] data = bytes(random, AesXtsChannel.SECTOR * (1 + random.nextInt(20)));
                        h2.write(ByteBuffer.wrap(data), at);
                        mine.write(ByteBuffer.wrap(data), at);
                    } else if (kind == 2 && size > 0 && random.nextInt(4) == 0) {
                        long to = random.nextLong(size + 1);
                        h2.truncate(to);
                        mine.truncate(to);
                    } else {
                        // a write of any length that reaches the end: the file's length records an uneven size.
                        // H2's FileEncrypt reads back every sector an uneven write spans and fails past the file's
                        // end, so after an uneven size the write stays within the last sector (ours has no such
                        // limit: anUnevenWriteInTheMiddleKeepsWhatFollows).
                        long last = size / AesXtsChannel.SECTOR * AesXtsChannel.SECTOR;
                        long at;
                        int len;
                        if (size == last) {
                            at = size;
                            len = 1 + random.nextInt(10000);
                        } else {
                            at = last + random.nextLong(size - last + 1);
                            len = (int) (size - at) + 1 + random.nextInt((int) (last + AesXtsChannel.SECTOR - size));
                        }
                        byte[] data = bytes(random, len);
                        h2.write(ByteBuffer.wrap(data), at);
                        mine.write(ByteBuffer.wrap(data), at);
                    }
                    assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours), "file after step " + step);
                }
            }
        }
    }

    @Test
    void anUnevenWriteInTheMiddleKeepsWhatFollows() throws Exception {
        Path file = dir.resolve("middle.bin");
        byte[] first = bytes(new Random(1), 5 * AesXtsChannel.SECTOR + 123);
        try (FileChannel base = open(file)) {
            AesXtsChannel c = new AesXtsChannel(base, FilePathEncrypt.getPasswordBytes(FILE_KEY));
            c.write(ByteBuffer.wrap(first), 0);
            c.write(ByteBuffer.wrap(new byte[] {7, 7, 7}), 100);
            System.arraycopy(new byte[] {7, 7, 7}, 0, first, 100, 3);
            byte[] more = bytes(new Random(2), 10000);
            c.write(ByteBuffer.wrap(more), first.length - 50);
            byte[] whole = java.util.Arrays.copyOf(first, first.length - 50 + more.length);
            System.arraycopy(more, 0, whole, first.length - 50, more.length);
            first = whole;
        }
        try (FileChannel base = open(file)) {
            AesXtsChannel c = new AesXtsChannel(base, FilePathEncrypt.getPasswordBytes(FILE_KEY));
            assertEquals(first.length, c.size());
            ByteBuffer back = ByteBuffer.allocate(first.length);
            c.read(back, 0);
            assertArrayEquals(first, back.array());
        }
    }

    @Test
    void aDatabaseWrittenByEitherOpensInTheOther() throws Exception {
        // Written by H2's own AES (how every vault before decision 0078 was written)...
        try (Connection c = h2Cipher(dir, "db").getConnection(); Statement st = c.createStatement()) {
            st.execute("create table note (id bigint primary key, body varchar(200))");
            st.execute("insert into note select x, 'synthetic note ' || x from system_range(1, 5000)");
        }
        // ...read and extended through ours...
        char[] pair = pair();
        try (Connection c = H2Files.source(dir, "db", pair, "").getConnection(); Statement st = c.createStatement()) {
            assertEquals(5000, count(st));
            st.execute("insert into note select x, 'synthetic note ' || x from system_range(5001, 9000)");
        } finally {
            H2Files.close(dir, "db");
        }
        // ...and read by H2's again.
        try (Connection c = h2Cipher(dir, "db").getConnection(); Statement st = c.createStatement()) {
            assertEquals(9000, count(st));
            try (ResultSet rs = st.executeQuery("select body from note where id = 8999")) {
                assertTrue(rs.next());
                assertEquals("synthetic note 8999", rs.getString(1));
            }
        }
        assertFalse(new String(Files.readAllBytes(dir.resolve("db.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("synthetic note"), "the file holds no plain text");
    }

    @Test
    void anotherKeyIsRefusedAsNotThisVaultsDatabase() throws Exception {
        H2Files.open(dir, pair(), true).dispose();
        H2Files.close(dir, H2Files.DATABASE_NAME);
        byte[] before = Files.readAllBytes(dir.resolve(H2Files.DATABASE_NAME + ".mv.db"));
        char[] other = ("ff" + new String(FILE_KEY).substring(2) + " " + new String(USER_KEY)).toCharArray();
        org.maracdesk.common.VaultFormatException refused = assertThrows(org.maracdesk.common.VaultFormatException.class,
                () -> H2Files.open(dir, other, false));
        assertTrue(refused.getMessage().contains("cannot be read with this vault header's key"), refused.getMessage());
        assertFalse(AesFilePath.hasKey(dir, H2Files.DATABASE_NAME), "the refused key is forgotten");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(H2Files.DATABASE_NAME + ".mv.db")),
                "the file is untouched");
    }

    @Test
    void aFileWithNoKeyIsRefusedNotOpenedInTheClear() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(H2Files.url(dir, "nokey", true));
        source.setUser(H2Files.DB_USER);
        source.setPassword("x");
        assertThrows(SQLException.class, source::getConnection);
        assertFalse(Files.exists(dir.resolve("nokey.mv.db")), "nothing was written");
    }

    @Test
    void resultsAreNeverWrittenToTemporaryFilesAndKeysAreForgotten() throws Exception {
        java.util.Set<String> before = temporaryResults();
        char[] pair = pair();
        JdbcDataSource source = H2Files.source(dir, "big", pair, "");
        source.setURL(H2Files.url(dir, "big", true));
        try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select setting_value from information_schema.settings"
                    + " where setting_name = 'MAX_MEMORY_ROWS'")) {
                assertTrue(rs.next());
                assertEquals(String.valueOf(Integer.MAX_VALUE), rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("select x from system_range(1, 300000) order by x desc")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                assertEquals(300000, n);
            }
        } finally {
            H2Files.close(dir, "big");
        }
        assertFalse(AesFilePath.hasKey(dir, "big"), "the key is forgotten once the database is closed");
        java.util.Set<String> after = temporaryResults();
        after.removeAll(before);
        assertTrue(after.isEmpty(), "no temporary result file: " + after);
    }

    /** H2's temporary result files (in the system's temporary folder; H2 writes them unencrypted without CIPHER). */
    private static java.util.Set<String> temporaryResults() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("h2tmp"))
                    .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        }
    }

    private static long count(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("select count(*) from note")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** H2's own encryption, as the vault's URL was before decision 0078. */
    private static JdbcDataSource h2Cipher(Path dir, String name) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";CIPHER=AES;TRACE_LEVEL_FILE=0");
        source.setUser(H2Files.DB_USER);
        source.setPasswordChars((new String(FILE_KEY) + " " + new String(USER_KEY)).toCharArray());
        return source;
    }

    private static char[] pair() {
        return (new String(FILE_KEY) + " " + new String(USER_KEY)).toCharArray();
    }

    private static FileChannel open(Path file) throws java.io.IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
