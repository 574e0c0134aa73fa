package org.maracdesk.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.maracdesk.common.Secrets;
import org.maracdesk.common.VaultFormatException;

/**
 * Where and as whom to reach a shared PostgreSQL server: {@code url=jdbc:postgresql://HOST:PORT/DB},
 * {@code user} and {@code password} (the test cluster's properties file has exactly these). An account
 * signing in gets one from {@link ServerFile#signIn}, its password derived from the passphrase
 * (decision 0024). The password is held as a char[] and wiped by {@link #close}.
 */
public final class ServerConnection implements AutoCloseable {
    private static final String PREFIX = "jdbc:postgresql://";
    private final String url;
    private final String user;
    private final char[] password;

    /** Takes ownership of {@code password}. */
    public ServerConnection(String url, String user, char[] password) {
        if (url == null || !url.startsWith(PREFIX)) {
            Secrets.wipe(password);
            throw new VaultFormatException("a connection file's url must start with " + PREFIX);
        }
        if (user == null || user.isBlank()) {
            Secrets.wipe(password);
            throw new VaultFormatException("a connection file must name the user");
        }
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Reads a properties file with {@code url}, {@code user} and {@code password}. */
    public static ServerConnection read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new VaultFormatException("the connection file " + file + " could not be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        String password = p.getProperty("password");
        return new ServerConnection(p.getProperty("url"), p.getProperty("user"),
                password == null ? new char[0] : password.toCharArray());
    }

    /** The same server and credentials, another database on it. */
    public ServerConnection withDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name");
        }
        int slash = url.indexOf('/', PREFIX.length());
        int query = url.indexOf('?', PREFIX.length());
        String server = url.substring(0, slash < 0 ? (query < 0 ? url.length() : query) : slash);
        String options = query < 0 ? "" : url.substring(query);
        return new ServerConnection(server + "/" + database + options, user, password.clone());
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    /** A copy of the password; the caller wipes it. */
    public char[] password() {
        return password.clone();
    }

    @Override
    public void close() {
        Secrets.wipe(password);
    }
}
