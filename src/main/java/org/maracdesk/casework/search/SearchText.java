package org.maracdesk.casework.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What was typed into the find box, split into its parts: a date of birth (dd/mm/yyyy),
 * references (a case or police reference: anything with a digit that is not a date), and the
 * words of a name.
 */
record SearchText(List<String> nameWords, LocalDate dateOfBirth, List<String> references) {
    private static final DateTimeFormatter DOB = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    static SearchText parse(String typed) {
        List<String> words = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        LocalDate dob = null;
        for (String token : (typed == null ? "" : typed).strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            LocalDate date = date(token);
            if (date != null && dob == null) {
                dob = date;
            } else if (HAS_DIGIT.matcher(token).matches()) {
                refs.add(token.toUpperCase(Locale.ROOT));
            } else {
                words.add(token);
            }
        }
        return new SearchText(List.copyOf(words), dob, List.copyOf(refs));
    }

    private static LocalDate date(String token) {
        try {
            return LocalDate.parse(token.replace('.', '/').replace('-', '/'), DOB);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    boolean isEmpty() {
        return nameWords.isEmpty() && dateOfBirth == null && references.isEmpty();
    }

    /** Given name and family name: one word is a family name; otherwise the last word is. */
    String givenName() {
        return nameWords.size() < 2 ? "" : String.join(" ", nameWords.subList(0, nameWords.size() - 1));
    }

    String familyName() {
        return nameWords.isEmpty() ? "" : nameWords.get(nameWords.size() - 1);
    }
}
