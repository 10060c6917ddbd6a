package org.warraq.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the date forms editors and other generators write: {@code 2024-03-01},
 * {@code 2024-03-01T09:30[:00]}, {@code 2024-03-01 09:30}, with or without an offset or {@code Z}.
 * A date without a zone is taken in the site's timezone.
 */
public final class DateParser {

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HAS_OFFSET = Pattern.compile(".*(Z|[+-]\\d{2}:?\\d{2})$");
    private static final Pattern DAY_THEN_SPACES = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private DateParser() {
    }

    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            if (DATE_ONLY.matcher(value).matches()) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(zone));
            }
            String iso = SPACES.matcher(DAY_THEN_SPACES.matcher(value).replaceFirst("$1T")).replaceAll("");
            if (HAS_OFFSET.matcher(iso).matches()) {
                iso = OFFSET_WITHOUT_COLON.matcher(iso).replaceFirst("$1:$2");
                return Optional.of(OffsetDateTime.parse(iso).atZoneSameInstant(zone));
            }
            return Optional.of(LocalDateTime.parse(iso).atZone(zone));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
