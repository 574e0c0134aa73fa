package org.maracdesk.store;

import java.sql.SQLException;
import java.util.Locale;
import org.maracdesk.common.ServerTlsException;

/**
 * Plain words for a connection that failed over TLS (decision 0031): the server refused TLS, its certificate
 * did not chain to the CA file, or it was issued for another host name. Only the kind of failure is told,
 * never a server message.
 */
final class ServerTls {
    private ServerTls() {
    }

    /** What went wrong with TLS, or null when the failure was not about TLS. */
    static String explain(SQLException e) {
        ServerTlsException tls = problem(e);
        return tls == null ? null : tls.getMessage();
    }

    /** The TLS failure as an exception a screen can word by its kind, or null when it was not about TLS. */
    static ServerTlsException problem(SQLException e) {
        if ("08004".equals(e.getSQLState()) && mentions(e, "ssl")) {
            return new ServerTlsException(ServerTlsException.Kind.REFUSED, "the shared server refused TLS, which the"
                    + " connection file requires: the administrator turns it on (ssl = on with the server's certificate"
                    + " and key; see the README, TLS for a shared server)");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.security.cert.CertificateException || t instanceof javax.net.ssl.SSLException) {
                return new ServerTlsException(ServerTlsException.Kind.UNVERIFIED, "the shared server's TLS certificate"
                        + " could not be verified with the CA file named by sslrootcert (another CA, expired, or not a"
                        + " certificate for TLS); check the connection file's sslrootcert");
            }
        }
        if (mentions(e, "hostnameverifier") || mentions(e, "could not be verified")) {
            return new ServerTlsException(ServerTlsException.Kind.WRONG_HOST, "the shared server's TLS certificate is"
                    + " not for the host name in the connection file's url; use the name (or address) the certificate"
                    + " was made for");
        }
        return null;
    }

    private static boolean mentions(SQLException e, String word) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains(word);
    }
}
