package org.arbiter.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times as the readers of a language read them (bundles {@code i18n/times}): in the zone configured for the
 * language, with that zone's name — "2026-11-25 10:00 UTC", "2026年11月25日 18:00（北京时间）" — or, for a zone the
 * bundle has no name for, its offset at that moment ("GMT+2"). Used by the acknowledgement and by notices.
 */
public final class LocalTimes {

    private static final String BUNDLE = "i18n.times";
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("O", Locale.ROOT);

    private final Map<String, ZoneId> zones;
    /** Each language's formats, looked up once: intake writes times on every filing. */
    private final Map<String, Reader> readers = new ConcurrentHashMap<>();

    /** @param zones the zone each language's readers are shown times in (UTC for a language not named) */
    public LocalTimes(Map<String, ZoneId> zones) {
        this.zones = Map.copyOf(zones);
    }

    /**
     * The zones of {@code language:zone} entries such as {@code zh:Asia/Shanghai}, as configured in
     * {@code arbiter.display-zones}.
     */
    public static Map<String, ZoneId> parseZones(List<String> entries) {
        Map<String, ZoneId> zones = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("arbiter.display-zones entries are language:zone, not " + entry);
            }
            zones.put(parts[0].strip(), ZoneId.of(parts[1].strip()));
        }
        return zones;
    }

    /** The instant as a reader of the language reads it, with its zone. */
    public String format(String language, Instant instant) {
        return readers.computeIfAbsent(language, l -> Reader.of(l, zones.getOrDefault(l, ZoneOffset.UTC))).at(instant);
    }

    private record Reader(LanguageTexts texts, DateTimeFormatter time, ZoneId zone, String zoneName) {

        static Reader of(String language, ZoneId zone) {
            LanguageTexts texts = LanguageTexts.load(BUNDLE, language);
            String name = texts.bundle().containsKey("zone." + zone.getId()) ? texts.text("zone." + zone.getId())
                    : zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : null;
            return new Reader(texts, DateTimeFormatter.ofPattern(texts.text("time-format"), texts.locale()).withZone(zone),
                    zone, name);
        }

        String at(Instant instant) {
            String label = zoneName != null ? zoneName : OFFSET.format(instant.atZone(zone));
            return texts.format("time-with-zone", time.format(instant), label);
        }
    }
}
