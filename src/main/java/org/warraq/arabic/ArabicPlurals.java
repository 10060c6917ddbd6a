package org.warraq.arabic;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import org.warraq.content.Numerals;

/**
 * Counted nouns with Arabic's six plural categories (ICU's CLDR rules): «دقيقة واحدة»، «دقيقتان»،
 * «٣ دقائق»، «١١ دقيقة»، «١٠٠ دقيقة». A {@code {n}} in a form is replaced by the number in site digits.
 */
public final class ArabicPlurals {

    private static final PluralRules RULES = PluralRules.forLocale(ULocale.forLanguageTag("ar"));

    /** The forms of one counted noun, by CLDR plural category. */
    public record Noun(String zero, String one, String two, String few, String many, String other) {

        public String form(String category) {
            return switch (category) {
                case "zero" -> zero;
                case "one" -> one;
                case "two" -> two;
                case "few" -> few;
                case "many" -> many;
                default -> other;
            };
        }
    }

    public static final Noun MINUTES = new Noun("أقل من دقيقة", "دقيقة واحدة", "دقيقتان", "{n} دقائق", "{n} دقيقة", "{n} دقيقة");
    public static final Noun ARTICLES = new Noun("لا مقالات", "مقال واحد", "مقالان", "{n} مقالات", "{n} مقالًا", "{n} مقال");
    public static final Noun PAGES = new Noun("لا صفحات", "صفحة واحدة", "صفحتان", "{n} صفحات", "{n} صفحة", "{n} صفحة");

    public static final Noun TAGS = new Noun("لا وسوم", "وسم واحد", "وسمان", "{n} وسوم", "{n} وسمًا", "{n} وسم");

    public static final Map<String, Noun> NOUNS = Map.of("minutes", MINUTES, "articles", ARTICLES, "pages", PAGES, "tags", TAGS);

    private ArabicPlurals() {
    }

    public static String category(long n) {
        return RULES.select(n);
    }

    public static String count(long n, Noun noun, Numerals numerals) {
        return noun.form(category(n)).replace("{n}", Digits.format(n, numerals));
    }
}
