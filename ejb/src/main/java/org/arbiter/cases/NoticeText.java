package org.arbiter.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a notice says, before it is put into its reader's language: a text of the notices' bundles
 * ({@code i18n/notices}) and its arguments. Times are {@link java.time.Instant}s and names of the vocabulary are
 * its enums, so that each is written the way the reader reads it (their zone, their words); the rest is text.
 */
public record NoticeText(String key, List<Object> arguments) {

    public NoticeText {
        Objects.requireNonNull(key);
        arguments = List.copyOf(arguments);
    }

    public static NoticeText of(String key, Object... arguments) {
        return new NoticeText(key, Arrays.asList(arguments));
    }
}
