package org.maracdesk.casework.intake;

/** An address as a referral gives it; {@code district} is the MARAC district that covers it (may be null). */
public record PostalAddress(String line1, String town, String postcode, String district) {
}
