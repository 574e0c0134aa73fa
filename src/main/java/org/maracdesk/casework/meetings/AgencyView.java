package org.maracdesk.casework.meetings;

import java.util.List;

/**
 * An agency with the representatives who attend for it, and whether they see victims' safe
 * addresses and contact details ({@code casework.SafeContactRule}).
 */
public record AgencyView(String code, String name, boolean active, List<String> representatives,
                         boolean seesSafeContact) {
}
