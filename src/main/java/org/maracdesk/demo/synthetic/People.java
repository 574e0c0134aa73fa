package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maracdesk.casework.Gender;

/** Population tables (ethnicity, language, names, dates of birth) and shared-instance caches. */
final class People {

    static final String ENGLISH = "English";
    static final String WHITE_BRITISH = "White British";

    /** Probability that someone whose first language is not English needs an interpreter. */
    private static final double INTERPRETER_IF_NOT_ENGLISH = 0.75;

    /** A census-style ethnicity with its naming tradition(s) and first-language mix. */
    record Ethnicity(String label, NamePools.Group names, NamePools.Group altNames, Weighted<String> languages,
                     boolean minoritised) {
        NamePools.Group group(Rng rng) {
            return altNames != null && rng.chance(0.5) ? altNames : names;
        }
    }

    private static final Weighted<Ethnicity> POPULATION;

    static {
        Weighted.Builder<Ethnicity> b = Weighted.builder();
        add(b, 72.5, WHITE_BRITISH, NamePools.Group.WHITE_BRITISH, null, false, ENGLISH, 1);
        add(b, 1.2, "White Irish", NamePools.Group.IRISH, null, false, ENGLISH, 1);
        add(b, 0.6, "Gypsy or Irish Traveller", NamePools.Group.IRISH, NamePools.Group.WHITE_BRITISH, true,
            ENGLISH, 1);
        add(b, 7.5, "White Other - Eastern European", NamePools.Group.EASTERN_EUROPEAN, null, true,
            "Polish", 40, "Romanian", 28, "Lithuanian", 10, "Bulgarian", 8, "Ukrainian", 6, ENGLISH, 8);
        add(b, 3.5, "Asian British - Pakistani", NamePools.Group.PAKISTANI, null, true,
            ENGLISH, 58, "Urdu", 27, "Punjabi", 15);
        add(b, 2.5, "Asian British - Indian", NamePools.Group.INDIAN, null, true,
            ENGLISH, 64, "Punjabi", 16, "Gujarati", 12, "Hindi", 8);
        add(b, 1.3, "Asian British - Bangladeshi", NamePools.Group.BANGLADESHI, null, true,
            ENGLISH, 55, "Bengali", 30, "Sylheti", 15);
        add(b, 0.6, "Chinese", NamePools.Group.CHINESE, null, true, ENGLISH, 45, "Cantonese", 25, "Mandarin", 30);
        add(b, 0.8, "Asian - Other", NamePools.Group.PAKISTANI, null, true,
            ENGLISH, 30, "Dari", 25, "Pashto", 20, "Tamil", 25);
        add(b, 2.6, "Black British - African", NamePools.Group.BLACK_AFRICAN, null, true,
            ENGLISH, 64, "Somali", 12, "French", 8, "Tigrinya", 8, "Amharic", 8);
        add(b, 1.4, "Black British - Caribbean", NamePools.Group.BLACK_CARIBBEAN, null, true, ENGLISH, 1);
        add(b, 1.6, "Mixed - White and Black Caribbean", NamePools.Group.WHITE_BRITISH,
            NamePools.Group.BLACK_CARIBBEAN, true, ENGLISH, 1);
        add(b, 1.0, "Mixed - Other", NamePools.Group.WHITE_BRITISH, NamePools.Group.BLACK_AFRICAN, true, ENGLISH, 1);
        add(b, 0.7, "Arab", NamePools.Group.ARAB, null, true, ENGLISH, 35, "Arabic", 65);
        add(b, 0.8, "Any other ethnic group", NamePools.Group.TURKISH_KURDISH, null, true,
            ENGLISH, 20, "Turkish", 40, "Kurdish", 40);
        add(b, 1.0, "Not stated", NamePools.Group.WHITE_BRITISH, null, false, ENGLISH, 1);
        POPULATION = b.build();
    }

    private static void add(Weighted.Builder<Ethnicity> b, double weight, String label, NamePools.Group names,
                            NamePools.Group alt, boolean minoritised, Object... languageWeights) {
        Weighted.Builder<String> lb = Weighted.builder();
        for (int i = 0; i < languageWeights.length; i += 2) {
            lb.add((String) languageWeights[i], ((Number) languageWeights[i + 1]).doubleValue());
        }
        Ethnicity e = new Ethnicity(label, names, alt, lb.build(), minoritised);
        b.add(e, weight);
    }

    private final Rng rng;
    private final Map<Diversity, Diversity> diversityCache = new HashMap<>();
    private final long firstCachedDay;
    private final LocalDate[] dateCache;

    People(Rng rng, LocalDate today) {
        this.rng = rng;
        this.firstCachedDay = today.minusYears(110).toEpochDay();
        this.dateCache = new LocalDate[(int) (today.plusYears(2).toEpochDay() - firstCachedDay)];
    }

    Ethnicity randomEthnicity() {
        return POPULATION.pick(rng);
    }

    /** A shared LocalDate instance for {@code epochDay}. */
    LocalDate day(long epochDay) {
        long i = epochDay - firstCachedDay;
        if (i < 0 || i >= dateCache.length) {
            return LocalDate.ofEpochDay(epochDay);
        }
        LocalDate d = dateCache[(int) i];
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay);
            dateCache[(int) i] = d;
        }
        return d;
    }

    /** A date of birth giving exactly {@code age} on {@code on}. */
    LocalDate birthDateForAge(LocalDate on, int age) {
        LocalDate latest = on.minusYears(age);
        LocalDate earliest = on.minusYears(age + 1L).plusDays(1);
        long span = latest.toEpochDay() - earliest.toEpochDay() + 1;
        return day(earliest.toEpochDay() + rng.nextInt((int) span));
    }

    Diversity diversity(Ethnicity e, boolean disabled, boolean lgbt) {
        String language = e.languages().pick(rng);
        boolean interpreter = !ENGLISH.equals(language) && rng.chance(INTERPRETER_IF_NOT_ENGLISH);
        return intern(new Diversity(e.label(), disabled, lgbt, language, interpreter));
    }

    /** Children mostly speak English even when a parent does not, and never need an interpreter here. */
    Diversity childDiversity(String ethnicity, String parentLanguage, boolean disabled) {
        String language = ENGLISH.equals(parentLanguage) || rng.chance(0.8) ? ENGLISH : parentLanguage;
        return intern(new Diversity(ethnicity, disabled, false, language, false));
    }

    private Diversity intern(Diversity d) {
        Diversity shared = diversityCache.putIfAbsent(d, d);
        return shared == null ? d : shared;
    }

    String givenName(NamePools.Group group, Gender gender) {
        return switch (gender) {
            case FEMALE -> rng.pick(group.female);
            case MALE -> rng.pick(group.male);
            case NON_BINARY -> rng.pick(NamePools.UNISEX);
            case NOT_KNOWN -> throw new IllegalArgumentException("the generator always gives a gender");
        };
    }

    String childGivenName(NamePools.Group group, Gender gender) {
        if (group == NamePools.Group.WHITE_BRITISH && gender != Gender.NON_BINARY && rng.chance(0.8)) {
            return rng.pick(gender == Gender.FEMALE ? NamePools.CHILD_FEMALE : NamePools.CHILD_MALE);
        }
        return givenName(group, gender);
    }

    /** A surname in its base (masculine/neutral) form. */
    String surname(NamePools.Group group) {
        return rng.pick(group.surnames);
    }

    /**
     * Aliases: a former surname where one is given, a nickname, another spelling of either name, or the name
     * without diacritics. Returns at most two; usually none.
     */
    List<String> aliases(String given, String family, String formerFamily, double chance) {
        List<String> out = new ArrayList<>(2);
        if (formerFamily != null && !formerFamily.equals(family) && rng.chance(0.7)) {
            out.add(given + " " + formerFamily);
        }
        if (rng.chance(chance)) {
            String nick = NamePools.NICKNAMES.get(given);
            String givenSpelling = NamePools.SPELLINGS.get(given);
            String familySpelling = NamePools.SPELLINGS.get(family);
            String asciiGiven = NamePools.ascii(given);
            String asciiFamily = NamePools.ascii(family);
            List<String> options = new ArrayList<>(5);
            if (nick != null) {
                options.add(nick + " " + family);
            }
            if (givenSpelling != null) {
                options.add(givenSpelling + " " + family);
            }
            if (familySpelling != null) {
                options.add(given + " " + familySpelling);
            }
            if (!asciiGiven.equals(given) || !asciiFamily.equals(family)) {
                options.add(asciiGiven + " " + asciiFamily);
            }
            if (options.isEmpty() && rng.chance(0.5)) {
                // a hyphenated or previous surname is a common alias on referral forms
                options.add(given + " " + family + "-" + rng.pick(NamePools.Group.WHITE_BRITISH.surnames));
            }
            if (!options.isEmpty()) {
                String alias = options.get(rng.nextInt(options.size()));
                if (!out.contains(alias)) {
                    out.add(alias);
                }
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }
}
