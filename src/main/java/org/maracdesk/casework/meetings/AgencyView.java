package org.maracdesk.casework.meetings;

import java.util.List;

/**
 * An agency with the representatives who attend for it, and whether they see victims' safe
 * addresses and contact details ({@code casework.SafeContactRule}); {@code forChildren} whether it is a children's
 * agency, listed first for a case with children (decision 0047); {@code isaSignedOn} and {@code isaSignedBy} its signed
 * information-sharing agreement (decision 0059), both null when none is on file.
 */
public record AgencyView(String code, String name, boolean active, List<String> representatives,
                         boolean seesSafeContact, boolean forChildren, java.time.LocalDate isaSignedOn,
                         String isaSignedBy) {

    public AgencyView(String code, String name, boolean active, List<String> representatives,
                      boolean seesSafeContact, boolean forChildren) {
        this(code, name, active, representatives, seesSafeContact, forChildren, null, null);
    }

    /** Whether a signed information-sharing agreement is on file. */
    public boolean agreementSigned() {
        return isaSignedOn != null;
    }

    public AgencyView(String code, String name, boolean active, List<String> representatives,
                      boolean seesSafeContact) {
        this(code, name, active, representatives, seesSafeContact, false);
    }
}
