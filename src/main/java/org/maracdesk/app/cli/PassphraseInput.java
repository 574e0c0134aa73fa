package org.maracdesk.app.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.maracdesk.common.Secrets;
import picocli.CommandLine.Option;

/**
 * Where a script's passphrase comes from: a file, the MARAC_DESK_PASSPHRASE variable, or
 * (when a person is at the terminal) a prompt without echo. Never a command-line argument,
 * which other users can see in the process list.
 */
public final class PassphraseInput {
    public static final String ENV = "MARAC_DESK_PASSPHRASE";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from FILE (UTF-8; one trailing newline is ignored). "
                    + "Otherwise the environment variable " + ENV + " is used, or you are asked.")
    Path passphraseFile;

    /** The passphrase as a fresh char[] for the caller to wipe; null when none was given. */
    public char[] readOrNull() {
        if (passphraseFile != null) {
            return fromFile(passphraseFile);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        return null;
    }

    public char[] read(String prompt) {
        char[] p = readOrNull();
        if (p != null) {
            return p;
        }
        Console console = System.console();
        if (console == null) {
            throw new CliException(2, "no passphrase given: use --passphrase-file FILE or set " + ENV);
        }
        char[] typed = console.readPassword("%s: ", prompt);
        if (typed == null || typed.length == 0) {
            throw new CliException(2, "no passphrase entered");
        }
        return typed;
    }

    static char[] fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException(2, "cannot read the passphrase file " + file);
        }
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] chars = new char[decoded.remaining()];
            decoded.get(chars);
            Arrays.fill(decoded.array(), '\0');
            int end = chars.length;
            if (end > 0 && chars[end - 1] == '\n') {
                end--;
            }
            if (end > 0 && chars[end - 1] == '\r') {
                end--;
            }
            char[] out = Arrays.copyOf(chars, end);
            Secrets.wipe(chars);
            if (out.length == 0) {
                throw new CliException(2, "the passphrase file " + file + " is empty");
            }
            return out;
        } catch (CharacterCodingException e) {
            throw new CliException(2, "the passphrase file " + file + " is not UTF-8 text");
        } finally {
            Secrets.wipe(bytes);
        }
    }
}
