package org.maracdesk.security;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * Password-based OpenPGP (RFC 4880): AES-256 with the modification detection code (integrity
 * protection), key from an iterated and salted SHA-256 S2K at the highest iteration count.
 * {@code gpg --decrypt} reads it. See docs/decisions/0010.
 */
public final class ExportEncryption {
    /** The highest S2K iteration count OpenPGP can express (65,011,712 bytes hashed). */
    private static final int S2K_COUNT = 0xFF;
    private static final int BUFFER = 1 << 16;
    private final SecureRandom random;

    public ExportEncryption(SecureRandom random) {
        this.random = random;
    }

    /**
     * A stream that encrypts what is written to it straight into {@code target}; closing it
     * finishes the OpenPGP message and closes {@code target}. The passphrase is not kept.
     */
    public OutputStream encryptingStream(OutputStream target, char[] passphrase) throws IOException {
        PGPEncryptedDataGenerator encrypted = new PGPEncryptedDataGenerator(
                new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
                        .setSecureRandom(random));
        try {
            encrypted.addMethod(new BcPBEKeyEncryptionMethodGenerator(passphrase,
                    new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256), S2K_COUNT)
                    .setSecureRandom(random));
            OutputStream cipher = encrypted.open(target, new byte[BUFFER]);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            OutputStream plain = literal.open(cipher, PGPLiteralData.BINARY, "", new Date(0), new byte[BUFFER]);
            return new FilterOutputStream(plain) {
                private boolean closed;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    try {
                        literal.close();
                        encrypted.close();
                    } finally {
                        target.close();
                    }
                }
            };
        } catch (PGPException e) {
            throw new IOException("the encryption could not be set up", e);
        }
    }

    /**
     * Decrypts an OpenPGP message made with a passphrase into {@code out}. Throws when the
     * passphrase is wrong, the message is not integrity protected, or it was altered; in the
     * last case some output may already have been written and the caller must discard it.
     */
    public static void decrypt(InputStream in, OutputStream out, char[] passphrase) throws IOException,
            DecryptionException {
        try {
            BcPGPObjectFactory outer = new BcPGPObjectFactory(PGPUtil.getDecoderStream(in));
            Object first = outer.nextObject();
            if (!(first instanceof PGPEncryptedDataList list)) {
                throw new DecryptionException(DecryptionException.Reason.NOT_ENCRYPTED);
            }
            PGPPBEEncryptedData data = null;
            for (Object o : list) {
                if (o instanceof PGPPBEEncryptedData pbe) {
                    data = pbe;
                    break;
                }
            }
            if (data == null) {
                throw new DecryptionException(DecryptionException.Reason.NOT_PASSPHRASE_ENCRYPTED);
            }
            if (!data.isIntegrityProtected()) {
                throw new DecryptionException(DecryptionException.Reason.NOT_INTEGRITY_PROTECTED);
            }
            InputStream clear;
            try {
                clear = data.getDataStream(new BcPBEDataDecryptorFactory(passphrase, new BcPGPDigestCalculatorProvider()));
            } catch (PGPException wrong) {
                throw new DecryptionException(DecryptionException.Reason.WRONG_PASSPHRASE);
            }
            Object inner = new BcPGPObjectFactory(clear).nextObject();
            if (!(inner instanceof PGPLiteralData literal)) {
                throw new DecryptionException(DecryptionException.Reason.DAMAGED);
            }
            literal.getInputStream().transferTo(out);
            if (!data.verify()) {
                throw new DecryptionException(DecryptionException.Reason.DAMAGED);
            }
        } catch (DecryptionException e) {
            throw e;
        } catch (PGPException | IOException | RuntimeException e) {
            // A flipped bit usually breaks the packet structure before the integrity check is reached.
            throw new DecryptionException(DecryptionException.Reason.DAMAGED);
        }
    }

    /** Why a file could not be decrypted, in words that name no content. */
    public static final class DecryptionException extends IOException {
        public enum Reason {
            NOT_ENCRYPTED("the file is not an OpenPGP encrypted file"),
            NOT_PASSPHRASE_ENCRYPTED("the file is not encrypted with a passphrase"),
            NOT_INTEGRITY_PROTECTED("the file has no integrity protection and is refused"),
            WRONG_PASSPHRASE("the passphrase does not open this file"),
            DAMAGED("the file was altered or damaged: its integrity check failed");

            private final String text;

            Reason(String text) {
                this.text = text;
            }
        }

        private final Reason reason;

        public DecryptionException(Reason reason) {
            super(reason.text);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
