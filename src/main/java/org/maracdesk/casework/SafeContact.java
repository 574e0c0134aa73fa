package org.maracdesk.casework;

import java.util.ArrayList;
import java.util.List;

/**
 * A victim's current address and safe contact details, as shown to someone the
 * {@link SafeContactRule} allows. Any part may be unknown (null).
 */
public record SafeContact(String addressLine1, String town, String postcode, String phone, String email,
                          Boolean safeToCall, String safeTimes, String safeContact) {

    /** The address on one line ("" when none is recorded). */
    public String address() {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {addressLine1, town, postcode}) {
            if (p != null && !p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return String.join(", ", parts);
    }

    /** True when nothing at all is recorded. */
    public boolean isEmpty() {
        return address().isEmpty() && blank(phone) && blank(email) && safeToCall == null && blank(safeTimes)
                && blank(safeContact);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
