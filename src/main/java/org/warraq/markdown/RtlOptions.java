package org.warraq.markdown;

import org.warraq.arabic.Direction;
import org.warraq.arabic.Typography;
import org.warraq.content.Numerals;
import org.warraq.content.SiteConfig;

/**
 * The site settings the right-to-left layer needs: the base direction of bodies, the language of
 * the site and of Latin runs (for {@code lang}, so screen readers switch voice), the typography
 * rewrites, and the digits for numbers the generator writes (footnote references).
 */
public record RtlOptions(Direction base, String language, String latinLang, Typography typography, Numerals numerals) {

    public static RtlOptions of(SiteConfig config) {
        return new RtlOptions(Direction.of(config.direction()), config.language(), config.latinLang(),
                new Typography(config.text().quotes(), config.text().arabicPunctuation()), config.numerals());
    }

    public static RtlOptions defaults() {
        return of(SiteConfig.defaults());
    }

    /**
     * The {@code lang} of a run or block set apart in {@code direction}: the site's language for
     * right-to-left text (Arabic on a left-to-right site), {@code latin_lang} for Latin text, none
     * for other left-to-right text or numbers.
     */
    public String lang(Direction direction, boolean latin) {
        if (direction == Direction.RTL) {
            return base == Direction.RTL ? language : "ar";
        }
        return latin ? latinLang : null;
    }
}
