package org.maracdesk.demo.synthetic;

import java.util.Objects;

/** A fictional UK-style address; {@code district} names the MARAC district (and so the meeting) that covers it. */
public record Address(String line1, String town, String postcode, String district) {
    public Address {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(town, "town");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(district, "district");
    }
}
