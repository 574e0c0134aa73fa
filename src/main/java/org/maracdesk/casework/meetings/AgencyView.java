package org.maracdesk.casework.meetings;

import java.util.List;

/** An agency with the representatives who attend for it. */
public record AgencyView(String code, String name, boolean active, List<String> representatives) {
}
