package org.maracdesk.demo.synthetic;

import java.util.Objects;

/** Diversity data recorded on a referral form (MARAC.md 2.3). {@code language} is the first language. */
public record Diversity(String ethnicity, boolean disabled, boolean lgbt, String language, boolean interpreterNeeded) {
    public Diversity {
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(language, "language");
    }
}
