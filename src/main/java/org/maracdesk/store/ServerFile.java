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

    /** The CA certificate file (PEM) that the server's TLS certificate must chain to. */
    public static final String SSL_ROOT_CERT = "sslrootcert";
    /** The TLS mode; {@code verify-full} by default when {@link #SSL_ROOT_CERT} is given. */
    public static final String SSL_MODE = "sslmode";
    private static final java.util.Set<String> MODES = java.util.Set.of("disable", "allow", "prefer", "require",
            "verify-ca", "verify-full");

    /** Reads the file; refuses one that {@code server init} has not completed. */
    public static ServerFile read(Path file) {
        Properties p = load(file);
        String url = withTls(file, p);
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
        Properties p = load(file);
        if (p.getProperty("url") == null) {
            throw new VaultFormatException("the connection file " + file + " has no url");
        }
        return withTls(file, p);
    }

    /**
     * The url with the file's TLS settings (decision 0031): {@code sslrootcert=CA-FILE} (relative to the
     * connection file's folder) turns on {@code sslmode=verify-full} unless {@code sslmode} says otherwise.
     * A server that is not on this machine (not a loopback address) must be given TLS settings: a CA file,
     * or an explicit {@code sslmode} (say {@code disable}, knowingly); otherwise the file is refused.
     */
    static String withTls(Path file, Properties p) {
        String url = p.getProperty("url");
        if (url == null) {
            return null;
        }
        String root = blankToNull(p.getProperty(SSL_ROOT_CERT));
        String mode = blankToNull(p.getProperty(SSL_MODE));
        boolean inUrl = url.matches("(?i).*[?&]ssl(mode|rootcert)?=.*");
        if (root == null && mode == null) {
            if (!inUrl && !loopback(url)) {
                throw new VaultFormatException("the connection file " + file + " names a server on another machine"
                        + " without TLS settings: add " + SSL_ROOT_CERT + "=FILE (the CA certificate that signed the"
                        + " server's certificate; see the README, TLS for a shared server), or " + SSL_MODE
                        + "=disable to connect without TLS knowingly");
            }
            return url;
        }
        if (inUrl) {
            throw new VaultFormatException("the connection file " + file + " has TLS settings both in the url and as "
                    + SSL_ROOT_CERT + "/" + SSL_MODE + " lines; keep one of them");
        }
        String effective = mode == null ? "verify-full" : mode;
        if (!MODES.contains(effective)) {
            throw new VaultFormatException("the connection file's " + SSL_MODE + " must be one of " + String.join(", ",
                    new java.util.TreeSet<>(MODES)) + " (verify-full is the default with a CA file)");
        }
        StringBuilder b = new StringBuilder(url).append(url.contains("?") ? '&' : '?').append("sslmode=")
                .append(effective);
        if (root != null) {
            Path base = file.toAbsolutePath().getParent();
            Path ca = base == null ? Path.of(root) : base.resolve(root).normalize();
            if (!Files.isReadable(ca)) {
                throw new VaultFormatException("the CA certificate named by " + SSL_ROOT_CERT + " in " + file
                        + " cannot be read: " + ca);
            }
            b.append("&sslrootcert=").append(java.net.URLEncoder.encode(ca.toString(), StandardCharsets.UTF_8));
        } else if (effective.startsWith("verify")) {
            throw new VaultFormatException("the connection file's " + SSL_MODE + "=" + effective + " needs "
                    + SSL_ROOT_CERT + "=FILE, the CA certificate to verify the server's certificate with");
        }
        return b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** True when the url's host is this machine (127.x, ::1, localhost). */
    private static boolean loopback(String url) {
        String rest = url.replaceFirst("(?i)^jdbc:postgresql://", "");
        int end = rest.indexOf('/');
        String hostPort = end < 0 ? rest : rest.substring(0, end);
        String host = hostPort.startsWith("[") ? hostPort.substring(1, Math.max(1, hostPort.indexOf(']')))
                : hostPort.replaceFirst(":\\d+$", "");
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("::1") || host.isEmpty();
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
