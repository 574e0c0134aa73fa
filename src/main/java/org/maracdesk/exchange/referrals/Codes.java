package org.maracdesk.exchange.referrals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.ReferralFlag;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.risk.Answer;

/**
 * The codes a referral file uses, in lower case with underscores ({@code idva_only},
 * {@code non_binary}, {@code dont_know}); hyphens and spaces are read as underscores.
 */
final class Codes {
    static final Map<String, ReferralFlag> FLAG_ALIASES = Map.of("nrpf", ReferralFlag.NO_RECOURSE_TO_PUBLIC_FUNDS);

    private Codes() {
    }

    static String normal(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace("'", "").replace('-', '_').replace(' ', '_');
    }

    static <E extends Enum<E>> Optional<E> named(Class<E> type, String code) {
        String wanted = normal(code);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }

    static Optional<ReferralStatus> status(String code) {
        return named(ReferralStatus.class, code);
    }

    static Optional<Gender> gender(String code) {
        return named(Gender.class, code);
    }

    static Optional<ReferralFlag> flag(String code) {
        ReferralFlag alias = FLAG_ALIASES.get(normal(code));
        return alias != null ? Optional.of(alias) : named(ReferralFlag.class, code);
    }

    static Optional<Answer> answer(String code) {
        return Answer.fromJson(normal(code));
    }

    static List<String> answerNames() {
        return Arrays.stream(Answer.values()).map(Answer::jsonName).toList();
    }

    /** A code as the file gave it, quoted back only when it looks like a code (short, no odd characters). */
    static String shown(String code) {
        String t = code.strip();
        return t.length() <= 24 && t.matches("[A-Za-z0-9 _'-]*") ? t : "(this value)";
    }
}
