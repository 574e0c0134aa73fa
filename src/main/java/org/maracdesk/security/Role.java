package org.maracdesk.security;

/** What an account does at the MARAC; permissions hang off this (see the permission matrix). */
public enum Role {
    COORDINATOR("role.coordinator"),
    CHAIR("role.chair"),
    AGENCY_REPRESENTATIVE("role.agencyRepresentative"),
    IDVA("role.idva"),
    ADMINISTRATOR("role.administrator");

    private final String messageKey;

    Role(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
