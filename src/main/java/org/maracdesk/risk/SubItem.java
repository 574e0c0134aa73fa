package org.maracdesk.risk;

/** A tick-box inside an item (e.g. "for the children" under "what is the victim afraid of"). Not scored. */
public record SubItem(String id, String textKey, String text) {
}
