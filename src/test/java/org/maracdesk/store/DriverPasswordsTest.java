package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.postgresql.PGProperty;
import org.postgresql.plugin.AuthenticationRequestType;

/** The driver gets a fresh copy of the password each time; the last store to close wipes the kept one. */
class DriverPasswordsTest {
    @Test
    void eachConnectionGetsACopyAndTheLastReleaseWipesIt() {
        Properties info = new Properties();
        PGProperty.USER.set(info, "db_u_police");
        PGProperty.PG_HOST.set(info, "127.0.0.1");
        PGProperty.PG_PORT.set(info, "5432");
        PGProperty.PG_DBNAME.set(info, "db");
        String key = DriverPasswords.key("db_u_police", "db");
        char[] password = "0123456789abcdef".toCharArray();
        DriverPasswords.register(key, password);
        DriverPasswords.register(key, password);
        DriverPasswords plugin = new DriverPasswords(info);
        char[] first = plugin.getPassword(AuthenticationRequestType.SASL);
        char[] second = plugin.getPassword(AuthenticationRequestType.SASL);
        assertArrayEquals(password, first);
        assertNotSame(first, second, "the driver wipes what it is given, so each call gets a copy");
        DriverPasswords.release(key);
        assertArrayEquals(password, plugin.getPassword(AuthenticationRequestType.SASL),
                "another store of the same account still needs it");
        DriverPasswords.release(key);
        assertNull(plugin.getPassword(AuthenticationRequestType.SASL));
    }
}
