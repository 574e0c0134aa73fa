package org.maracdesk.casework.meetings;

/** A district with the MARAC area it belongs to. */
public record AreaDistrict(String area, String district) {
}
