package org.maracdesk.casework.meetings;

/** A district with the MARAC area it belongs to; a retired district takes no new meetings. */
public record AreaDistrict(String area, String district, boolean retired) {
    public AreaDistrict(String area, String district) {
        this(area, district, false);
    }
}
