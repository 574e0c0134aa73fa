package org.maracdesk.exchange.exports;

import java.util.HashMap;
import java.util.Map;
import org.hibernate.Session;

/**
 * Agency names as recipients read them: the vault's own agency list (marac_agency, which the
 * coordinator may rename), else the documents bundle's name for a known code, else the code.
 */
final class AgencyNames {
    private final Map<String, String> names;

    AgencyNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    static AgencyNames load(Session s) {
        Map<String, String> names = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select a.code, a.name from MaracAgency a", Object[].class)
                .getResultList()) {
            names.put((String) r[0], (String) r[1]);
        }
        return new AgencyNames(names);
    }

    String name(String code) {
        if (code == null) {
            return DocumentText.text("doc.none");
        }
        String named = names.get(code);
        if (named != null && !named.isBlank()) {
            return named;
        }
        return DocumentText.has("agency." + code) ? DocumentText.text("agency." + code) : code;
    }
}
