package org.maracdesk.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Properties;
import org.maracdesk.common.Usernames;
import org.maracdesk.common.VaultFormatException;

/**
 * A shared server's connection file as clients read it: {@code url=jdbc:postgresql://HOST:PORT/DB}
 * (TLS options in the url), and what {@code server init} adds for clients to sign in before they
 * authenticate: {@code server.salt} (random, base64), {@code server.roles} (the prefix of this
 * database's role names) and the Argon2id cost ({@code kdf.memoryKiB}, {@code kdf.iterations}). It holds
 * no password.
 */
public record ServerFile(Path path, String url, byte[] salt, String rolePrefix, KdfParameters kdf) {
    public static final String SALT = "server.salt";
    public static final String ROLES = "server.roles";
    /** Login role names are at most 63 bytes in PostgreSQL. */
    private static final int MAX_ROLE = 63;

    /** Reads the file; refuses one that {@code server init} has not completed. */
    public static ServerFile read(Path file) {
        Properties p = load(file);
        String url = p.getProperty("url");
        String salt = p.getProperty(SALT);
        String prefix = p.getProperty(ROLES);
        if (url == null || salt == null || prefix == null) {
            throw new VaultFormatException("the connection file " + file + " is not set up for signing in: it needs"
                    + " url, " + SALT + " and " + ROLES + " (written by server init)");
        }
        KdfParameters kdf;
        byte[] saltBytes;
        try {
            kdf = new KdfParameters(KdfParameters.ARGON2ID,
                    Integer.parseInt(p.getProperty("kdf.memoryKiB", String.valueOf(KdfParameters.FLOOR_MEMORY_KIB))),
                    Integer.parseInt(p.getProperty("kdf.iterations", String.valueOf(KdfParameters.FLOOR_ITERATIONS))),
                    KdfParameters.PARALLELISM);
            saltBytes = Base64.getDecoder().decode(salt.strip());
        } catch (IllegalArgumentException e) {
            throw new VaultFormatException("the connection file " + file + " has a malformed " + SALT + " or kdf value");
        }
        kdf.requireAtLeastFloor();
        requirePrefix(prefix);
        return new ServerFile(file, url, saltBytes, prefix, kdf);
    }

    /** Only the url (for {@code server init}, before the rest is written). */
    public static String readUrl(Path file) {
        String url = load(file).getProperty("url");
        if (url == null) {
            throw new VaultFormatException("the connection file " + file + " has no url");
        }
        return url;
    }

    /** True when {@code server init} has already written its part. */
    public static boolean isSetUp(Path file) {
        return load(file).getProperty(SALT) != null;
    }

    /** Appends what clients need before they authenticate (keeps the lines already there). */
    public static void writeSetup(Path file, byte[] salt, String prefix, KdfParameters kdf) {
        String lines = "\n# written by server init: what clients need before they sign in (no secret)\n"
                + SALT + "=" + Base64.getEncoder().encodeToString(salt) + "\n"
                + ROLES + "=" + prefix + "\n"
                + "kdf.memoryKiB=" + kdf.memoryKiB() + "\n"
                + "kdf.iterations=" + kdf.iterations() + "\n";
        try {
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new VaultFormatException("could not write to the connection file " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** The PostgreSQL login role of a MARAC Desk account on this server. */
    public String loginRole(String username) {
        return loginRole(rolePrefix, username);
    }

    public static String loginRole(String prefix, String username) {
        String role = prefix + "_u_" + Usernames.require(username);
        if (role.length() > MAX_ROLE) {
            throw new IllegalArgumentException("that username is too long for a shared server (at most "
                    + (MAX_ROLE - prefix.length() - 3) + " characters here)");
        }
        return role;
    }

    /** A connection as {@code username}, with the password derived from {@code passphrase} (wiped here). */
    public ServerConnection signIn(String username, char[] passphrase) {
        String role = loginRole(username);
        char[] password;
        try {
            password = ServerLogin.password(passphrase, salt, Usernames.require(username), kdf);
        } finally {
            org.maracdesk.common.Secrets.wipe(passphrase);
        }
        return new ServerConnection(url, role, password);
    }

    static void requirePrefix(String prefix) {
        if (!prefix.matches("[a-z][a-z0-9_]{0,29}")) {
            throw new VaultFormatException("the connection file's " + ROLES + " must be a plain lower-case name of at"
                    + " most 30 characters");
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new VaultFormatException("the connection file " + file + " could not be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        return p;
    }
}
