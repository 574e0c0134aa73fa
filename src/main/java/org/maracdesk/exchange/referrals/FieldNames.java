package org.maracdesk.exchange.referrals;

/**
 * How a field path ({@code perpetrators[0].familyName}, {@code risk.answers.q7}) is named to the
 * person who wrote the file: as the path itself in JSON, as the column in CSV.
 */
@FunctionalInterface
interface FieldNames {
    FieldNames JSON = path -> path;

    String name(String path);
}
