package org.maracdesk.ui.admin;

import org.maracdesk.security.Role;

/** What the add-account dialog collects. The view model wipes both passphrase arrays. */
public record NewAccount(String username, String displayName, Role role, String agencyCode, char[] passphrase,
                         char[] confirmation) {
}
