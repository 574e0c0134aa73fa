package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.testdata.SharedServer;

/**
 * Row-level security on the speaking order (V55, decision 0061) on a real shared server: every account reads it over
 * plain JDBC as its own login role; only the coordinator's role can add, change or remove a place.
 */
class SpeakingOrderServerTest {
    @TempDir
    Path dir;
    private SharedServer server;
    private MeetingVault vault;

    @BeforeEach
    void server() {
        server = new SharedServer(dir, "Coordinator", "coordinator", MeetingVault.PASS);
        vault = new MeetingVault(server);
    }

    @AfterEach
    void close() {
        vault.lock();
    }

    @Test
    void everyoneReadsTheOrderAndOnlyTheCoordinatorChangesIt() throws Exception {
        List<String> start = List.of("referrer", "police", "idva");
        try (Connection c = server.connectAs("police")) {
            assertEquals(start, order(c), "police read the order");
            assertEquals("42501", state(c, "insert into speaking_order values (4, 'housing')"));
            assertEquals(0, count(c, "update speaking_order set entry_code = 'housing' where place = 3"));
            assertEquals(0, count(c, "delete from speaking_order"));
        }
        try (Connection c = server.connectAs("housing")) {
            assertEquals(start, order(c));
        }
        try (Connection c = server.connectAs("coordinator")) {
            assertEquals(start, order(c));
            assertEquals(1, count(c, "delete from speaking_order where place = 3"));
            assertEquals("00000", state(c, "insert into speaking_order values (3, 'housing')"));
            assertEquals(List.of("referrer", "police", "housing"), order(c));
        }
        assertEquals(List.of("referrer", "police", "housing"), vault.setup().speakingOrder(),
                "the service reads what the coordinator's role wrote");
    }

    private static List<String> order(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select entry_code from speaking_order order by place")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    private static String state(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            return "00000";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }
}
