package org.maracdesk.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalTime;

/**
 * The application's two JSON set-ups, each built once. Both write dates and times as ISO text
 * ({@code 2026-12-03}, {@code 09:30}, {@code 2026-12-03T09:30:00Z}) through Jackson's java.time module (a time
 * of day in the short form {@code LocalTime.toString()} gives, as stored minutes have always had it).
 *
 * <ul>
 *   <li>{@link #strict()} reads what comes from outside or must be exactly what we wrote (a vault header, a
 *       backup manifest): unknown fields, duplicate keys and anything after the document are errors.</li>
 *   <li>{@link #lenient()} reads what we stored earlier and may have grown since (referral drafts, minutes
 *       records): unknown fields are skipped, so an older release can still open a newer snapshot.</li>
 * </ul>
 *
 * <p>The mappers are shared: never reconfigure them; use {@code writerWithDefaultPrettyPrinter()} and the like
 * for a variation. The risk engine keeps its own mapper with the strict settings, because {@code risk} depends
 * on nothing of ours; its field-path reader ({@code risk.JsonObject}) stays as it is.
 */
public final class JsonMappers {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule()).addModule(shortTimes())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .addModule(new JavaTimeModule()).addModule(shortTimes())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonMappers() {
    }

    /** A time of day as {@link LocalTime#toString()} writes it ({@code 09:30}, seconds only when there are any). */
    private static SimpleModule shortTimes() {
        return new SimpleModule("short-times").addSerializer(LocalTime.class, ToStringSerializer.instance);
    }

    public static ObjectMapper strict() {
        return STRICT;
    }

    public static ObjectMapper lenient() {
        return LENIENT;
    }
}
