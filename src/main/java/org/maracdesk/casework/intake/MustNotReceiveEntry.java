package org.maracdesk.casework.intake;

import org.maracdesk.casework.Agency;

/** An agency or named person who must never receive anything about the case, and why. */
public record MustNotReceiveEntry(Agency agency, String personName, String reason) {
}
