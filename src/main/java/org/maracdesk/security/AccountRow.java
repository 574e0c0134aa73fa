package org.maracdesk.security;

/** One line of the accounts list: active or removed (a removed account's row is kept for the audit trail). */
public record AccountRow(AccountInfo account, boolean active) {
}
