package org.warraq.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.warraq.arabic.ArabicDates;

/**
 * {@code {{ article.dateIso | date_ar }}} («١٤ مارس ٢٠٢٥»), {@code date_ar("day")} with the weekday,
 * {@code date_ar("month")} («مارس ٢٠٢٥»), and {@code {{ … | hijri }}} («١٤ رمضان ١٤٤٦ هـ»): a date
 * from the model (an RFC 3339 string, a day, or a date-time) in the site's region and digits.
 */
final class DateFilter implements Filter {

    /** Which calendar the filter writes. */
    enum Calendar { GREGORIAN, HIJRI }

    private final ArabicDates dates;
    private final Calendar calendar;

    DateFilter(ArabicDates dates, Calendar calendar) {
        this.dates = dates;
        this.calendar = calendar;
    }

    @Override
    public List<String> getArgumentNames() {
        return calendar == Calendar.GREGORIAN ? List.of("style") : List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        if (input == null) {
            return "";
        }
        ZonedDateTime when = when(input, self, line);
        if (calendar == Calendar.HIJRI) {
            return dates.hijri(when);
        }
        Object style = args.get("style");
        return switch (style == null ? "date" : style.toString()) {
            case "day" -> dates.dayAndDate(when);
            case "month" -> dates.monthYear(when.getYear(), when.getMonthValue());
            case "date" -> dates.date(when);
            default -> throw new PebbleException(null, "date_ar style must be 'date', 'day' or 'month', found '" + style + "'",
                    line, self.getName());
        };
    }

    private static ZonedDateTime when(Object input, PebbleTemplate self, int line) {
        if (input instanceof ZonedDateTime z) {
            return z;
        }
        if (input instanceof OffsetDateTime o) {
            return o.toZonedDateTime();
        }
        if (input instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC);
        }
        String text = input.toString();
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC) : OffsetDateTime.parse(text).toZonedDateTime();
        } catch (DateTimeParseException e) {
            throw new PebbleException(e, "not a date: '" + text + "' (expected 2025-03-14 or 2025-03-14T09:00:00+02:00)",
                    line, self.getName());
        }
    }
}
