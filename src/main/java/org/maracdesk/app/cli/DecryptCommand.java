package org.maracdesk.app.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maracdesk.security.ExportEncryption;
import org.maracdesk.store.OwnerOnlyFiles;
import org.maracdesk.common.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code decrypt}: the receiving side of an encrypted export; needs no vault. */
@Command(name = "decrypt", mixinStandardHelpOptions = true,
        description = {"Decrypt an encrypted export with the export passphrase sent to you separately.",
            "The same file opens with: gpg --output FILE --decrypt FILE.pgp"})
public final class DecryptCommand implements Callable<Integer> {
    @Option(names = "--in", paramLabel = "FILE", required = true, description = "The encrypted export.")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the decrypted file.")
    Path out;

    @Mixin
    PassphraseInput passphrase;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(in)) {
            throw new CliException(ExitCodes.USAGE, "--in: there is no file " + in);
        }
        if (Files.exists(out)) {
            throw new CliException(ExitCodes.USAGE, "--out: " + out + " already exists; choose a new file name");
        }
        char[] pass = passphrase.read("Export passphrase");
        boolean done = false;
        try (InputStream input = new BufferedInputStream(Files.newInputStream(in))) {
            OwnerOnlyFiles.createFile(out);
            try (OutputStream output = Files.newOutputStream(out)) {
                ExportEncryption.decrypt(input, output, pass);
            }
            done = true;
            System.out.println("Decrypted: " + out.toAbsolutePath());
            return ExitCodes.OK;
        } catch (ExportEncryption.DecryptionException e) {
            throw new CliException(e.reason() == ExportEncryption.DecryptionException.Reason.WRONG_PASSPHRASE
                    ? ExitCodes.WRONG_CREDENTIALS : ExitCodes.USAGE, e.getMessage() + "; nothing was written");
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILED, "the file could not be read or written ("
                    + e.getClass().getSimpleName() + ")");
        } finally {
            Secrets.wipe(pass);
            if (!done) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // reported above
                }
            }
        }
    }
}
