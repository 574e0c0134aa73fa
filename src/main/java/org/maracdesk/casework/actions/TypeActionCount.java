package org.maracdesk.casework.actions;

/** Open and overdue actions of one type, counted over the cases in the account's scope. */
public record TypeActionCount(String typeCode, String typeName, long open, long overdue) {
}
