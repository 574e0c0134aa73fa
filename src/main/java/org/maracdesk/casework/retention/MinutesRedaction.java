package org.maracdesk.casework.retention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Iterator;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.common.JsonMappers;

/**
 * A closed meeting keeps its minutes as one JSON snapshot (meeting_minutes.body) holding every
 * case discussed. Purging a case must reach into those snapshots too: its entries are taken out
 * of the case pages, the outstanding actions and the lapse list, and the snapshot is rewritten.
 */
final class MinutesRedaction {
    private static final ObjectMapper JSON = JsonMappers.lenient();

    private MinutesRedaction() {
    }

    static void removeCase(Session s, long caseId) {
        removeCase(s, caseId, "meeting_minutes", "meeting_id");
        // Earlier versions kept when a reopened meeting was closed again hold the case too.
        removeCase(s, caseId, "meeting_minutes_version", "id");
    }

    private static void removeCase(Session s, long caseId, String table, String key) {
        List<Object[]> rows = s.createNativeQuery("select " + key + ", body from " + table, Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            String body = (String) row[1];
            String redacted = without(body, caseId);
            if (!redacted.equals(body)) {
                s.createNativeMutationQuery("update " + table + " set body = :b where " + key + " = :m")
                        .setParameter("b", redacted).setParameter("m", ((Number) row[0]).longValue()).executeUpdate();
            }
        }
    }

    static String without(String body, long caseId) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode minutes = root.path("minutes");
            // format 1 (the meeting view's record) and formats 2 and 3 (the frozen minutes record, decisions 0033, 0041)
            boolean changed = remove(minutes.path("cases"), "/listing/caseId", caseId)
                    | remove(minutes.path("cases"), "/caseId", caseId)
                    | remove(minutes.path("outstanding"), "/caseId", caseId)
                    | remove(minutes.path("review"), "/caseId", caseId)
                    | remove(minutes.path("lapses"), "/caseId", caseId);
            return changed ? JSON.writeValueAsString(root) : body;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a minutes record could not be read, so the purge was stopped", e);
        }
    }

    private static boolean remove(JsonNode list, String pointer, long caseId) {
        if (!(list instanceof ArrayNode array)) {
            return false;
        }
        boolean changed = false;
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode entry = it.next();
            if (entry.at(pointer).asLong(-1) == caseId) {
                it.remove();
                changed = true;
            }
        }
        return changed;
    }
}
