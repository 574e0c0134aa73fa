package org.maracdesk.casework.actions;

import org.maracdesk.casework.ActionDetails;

/** One action type as lists and choosers show it; retired types ({@code active} false) are kept for old actions. */
public record ActionTypeView(String code, String name, ActionDetails details, boolean active) {
}
