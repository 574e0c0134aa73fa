package org.maracdesk.casework.meetings;

import java.util.List;

/**
 * An agency with the representatives who attend for it, and whether they see victims' safe
 * addresses and contact details ({@code casework.SafeContactRule}); {@code forChildren} whether it is a children's
 * agency, listed first for a case with children (decision 0047).
 */
public record AgencyView(String code, String name, boolean active, List<String> representatives,
                         boolean seesSafeContact, boolean forChildren) {

    public AgencyView(String code, String name, boolean active, List<String> representatives,
                      boolean seesSafeContact) {
        this(code, name, active, representatives, seesSafeContact, false);
    }
}
