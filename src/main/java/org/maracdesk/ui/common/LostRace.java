package org.maracdesk.ui.common;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.maracdesk.common.ConcurrentChangeException;

/**
 * One way for every screen to say that a save lost the race (decision 0050): who saved the record meanwhile and
 * when, when the service could tell, followed by what the screen did about it. Screens keep what was typed.
 */
public final class LostRace {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private LostRace() {
    }

    /**
     * The message for {@code lost}: "{who} saved this {record} at {when}, after you opened it." and then the
     * screen's own sentence (message key {@code thenKey}); only that sentence when who or when is not known.
     */
    public static String explain(Messages messages, Throwable lost, String recordKey, String thenKey, ZoneId zone) {
        String then = messages.get(thenKey);
        if (lost instanceof ConcurrentChangeException race && race.changedBy() != null && race.changedAt() != null) {
            return messages.format("lostrace.byWhen", race.changedBy(), messages.get(recordKey),
                    WHEN.format(race.changedAt().atZone(zone))) + " " + then;
        }
        return then;
    }
}
