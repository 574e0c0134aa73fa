package org.maracdesk.store;

import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * The vault's database file, encrypted in exactly the format H2 writes with {@code CIPHER=AES}, but with the JDK's
 * AES (which uses the processor's AES instructions) instead of H2's own table-based AES (decision 0078).
 *
 * <p>The format, as H2 2.x defines it: a 4 KiB header block starting {@code "H2encrypt\n"} and an 8-byte random salt;
 * then the data in 4 KiB sectors, sector {@code n} at {@code 4096 * (n + 1)}. The AES-128 key is PBKDF2-HMAC-SHA256
 * (10 iterations, H2's own function) of the file password and the salt. Each sector is XTS-encrypted with that one
 * key for both the data and the tweak; the tweak is the sector number, little-endian, encrypted. A logical size that
 * is not a whole number of sectors is stored as a file one partial block longer than the sectors it needs. Files
 * written by either implementation open in the other; {@code AesXtsChannelTest} checks that byte for byte.
 */
final class AesXtsChannel extends FileBaseDefault {
    static final int SECTOR = 4096;
    private static final int MASK = SECTOR - 1;
    private static final int HEADER_LENGTH = SECTOR;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    private static final int KEY_ITERATIONS = 10;
    /** Sectors en- or decrypted per call to the cipher; bounds the scratch buffers of a large write. */
    private static final int BATCH = 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final FileChannel base;
    private byte[] password;
    private Cipher encrypt;
    private Cipher decrypt;
    private volatile boolean ready;
    private volatile long size;

    /** {@code password} is the file password as H2 encodes it; this channel wipes it once the key is made. */
    AesXtsChannel(FileChannel base, byte[] password) {
        this.base = base;
        this.password = password;
    }

    private void init() throws IOException {
        if (!ready) {
            start();
        }
    }

    private synchronized void start() throws IOException {
        if (ready) {
            return;
        }
        long stored = base.size() - HEADER_LENGTH;
        byte[] salt = new byte[SALT_LENGTH];
        if (stored >= 0) {
            readFully(base, MAGIC.length, ByteBuffer.wrap(salt));
        } else {
            new SecureRandom().nextBytes(salt);
            byte[] header = new byte[HEADER_LENGTH];
            System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
        }
        byte[] key = SHA256.getPBKDF2(password, salt, KEY_ITERATIONS, 16);
        java.util.Arrays.fill(password, (byte) 0);
        password = null;
        keyed(key);
        if (stored >= 0) {
            size = (stored & MASK) != 0 ? stored - SECTOR : stored;
        }
        ready = true;
    }

    /** Makes the ciphers from {@code key} and wipes it. */
    private void keyed(byte[] key) throws IOException {
        try {
            SecretKeySpec spec = new SecretKeySpec(key, "AES");
            encrypt = Cipher.getInstance("AES/ECB/NoPadding");
            encrypt.init(Cipher.ENCRYPT_MODE, spec);
            decrypt = Cipher.getInstance("AES/ECB/NoPadding");
            decrypt.init(Cipher.DECRYPT_MODE, spec);
        } catch (GeneralSecurityException e) {
            throw new IOException("AES is not available in this Java runtime", e);
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Encrypts and decrypts {@code bytes} of zeros in memory with a throwaway random key, so that the first unlock of a
     * process does not run this class's and the JDK's AES code for the first time (decision 0083). No file is involved.
     */
    static void exercise(int bytes) throws IOException {
        AesXtsChannel channel = new AesXtsChannel(null, null);
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        channel.keyed(key);
        byte[] data = new byte[BATCH * SECTOR];
        for (int done = 0; done < bytes; done += data.length) {
            channel.crypt(done / SECTOR, data, true);
            channel.crypt(done / SECTOR, data, false);
        }
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int wanted = dst.remaining();
        if (wanted == 0) {
            return 0;
        }
        init();
        if (position < 0) {
            throw new IllegalArgumentException("negative position");
        }
        if (position >= size) {
            return -1;
        }
        int len = (int) Math.min(wanted, size - position);
        long first = position & ~(long) MASK;
        int skip = (int) (position - first);
        int span = (skip + len + MASK) & ~MASK;
        byte[] plain = readSectors(first, span);
        dst.put(plain, skip, len);
        return len;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        init();
        int len = src.remaining();
        long first = position & ~(long) MASK;
        int skip = (int) (position - first);
        int span = (skip + len + MASK) & ~MASK;
        byte[] plain;
        if (skip == 0 && (len & MASK) == 0) {
            plain = new byte[len];
        } else {
            // A partial sector: what is stored there already is kept around the new bytes.
            long storedSectors = (size - first + MASK) & ~(long) MASK;
            int present = (int) Math.max(0, Math.min(span, storedSectors));
            plain = present > 0 ? java.util.Arrays.copyOf(readSectors(first, present), span) : new byte[span];
        }
        src.get(plain, skip, len);
        writeSectors(first, plain);
        boolean atEnd = position + len >= size;
        size = Math.max(size, position + len);
        int partial = (int) (size & MASK);
        if (partial > 0 && atEnd && !(skip == 0 && (len & MASK) == 0)) {
            // The file's length records a size that is not whole sectors: one partial block more than they need.
            writeFully(base, HEADER_LENGTH + first + span, ByteBuffer.allocate(partial));
        }
        return len;
    }

    private byte[] readSectors(long first, int span) throws IOException {
        byte[] data = new byte[span];
        readFully(base, HEADER_LENGTH + first, ByteBuffer.wrap(data));
        crypt(first / SECTOR, data, false);
        return data;
    }

    private void writeSectors(long first, byte[] plain) throws IOException {
        crypt(first / SECTOR, plain, true);
        writeFully(base, HEADER_LENGTH + first, ByteBuffer.wrap(plain));
    }

    /**
     * XTS over whole sectors in place, {@link #BATCH} sectors to a call of the cipher. Each block's tweak is worked out
     * from its sector's encrypted start twice, before and after the cipher, rather than kept in a scratch array as
     * large as the data: a read then leaves no garbage but its own bytes (issue 12, P8: the window's heap).
     */
    private void crypt(long firstSector, byte[] data, boolean forward) throws IOException {
        int sectors = data.length / SECTOR;
        byte[] starts = new byte[Math.min(sectors, BATCH) * 16];
        try {
            for (int done = 0; done < sectors; done += BATCH) {
                int n = Math.min(BATCH, sectors - done);
                for (int i = 0; i < n; i++) {
                    LONGS.set(starts, i * 16, firstSector + done + i);
                    LONGS.set(starts, i * 16 + 8, 0L);
                }
                synchronized (this) {
                    encrypt.doFinal(starts, 0, n * 16, starts, 0);
                }
                int offset = done * SECTOR;
                xorTweaks(data, offset, starts, n);
                synchronized (this) {
                    (forward ? encrypt : decrypt).doFinal(data, offset, n * SECTOR, data, offset);
                }
                xorTweaks(data, offset, starts, n);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("AES failed on the vault file", e);
        }
    }

    /**
     * XORs {@code sectors} sectors of {@code data} from {@code offset} with their tweaks: a sector's first block with its
     * encrypted start, each next block with the one before multiplied by x in GF(2^128).
     */
    private static void xorTweaks(byte[] data, int offset, byte[] starts, int sectors) {
        for (int i = 0; i < sectors; i++) {
            long lo = (long) LONGS.get(starts, i * 16);
            long hi = (long) LONGS.get(starts, i * 16 + 8);
            for (int at = offset + i * SECTOR, end = at + SECTOR; at < end; at += 16) {
                LONGS.set(data, at, (long) LONGS.get(data, at) ^ lo);
                LONGS.set(data, at + 8, (long) LONGS.get(data, at + 8) ^ hi);
                long carry = hi >>> 63;
                hi = (hi << 1) | (lo >>> 63);
                lo = (lo << 1) ^ (carry * 0x87);
            }
        }
    }

    private static void readFully(FileChannel file, long position, ByteBuffer dst) throws IOException {
        while (dst.hasRemaining()) {
            int n = file.read(dst, position);
            if (n < 0) {
                throw new EOFException("the vault file ends early");
            }
            position += n;
        }
    }

    private static void writeFully(FileChannel file, long position, ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            position += file.write(src, position);
        }
    }

    @Override
    public long size() throws IOException {
        init();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        init();
        if (newSize > size) {
            return;
        }
        if (newSize < 0) {
            throw new IllegalArgumentException("negative size");
        }
        base.truncate(HEADER_LENGTH + newSize + ((newSize & MASK) != 0 ? SECTOR : 0));
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        if (password != null) {
            java.util.Arrays.fill(password, (byte) 0);
        }
        base.close();
    }
}
