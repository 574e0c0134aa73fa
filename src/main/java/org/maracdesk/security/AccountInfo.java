package org.maracdesk.security;

/** What the rest of the application knows about the signed-in account. */
public record AccountInfo(String username, String displayName, Role role, String agencyCode) {
}
