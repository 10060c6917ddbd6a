package org.warraq.analysis;

import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.warraq.arabic.Slugs;
import org.warraq.content.SiteConfig.SlugStyle;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.WarraqAnalyzer;

/**
 * Recognises countries in analysed text. Names come from ICU's Arabic display names of every ISO country
 * and from {@code places.tsv} (newsroom spellings, short forms, capitals, and ICU names that are common
 * words). Names are compared as normalised surface forms, never stems — the stemmer turns لبنان into لبن
 * and البحرين into بحر — with one proclitic allowed on the first word (بروسيا، لكازاخستان، وللإمارات), and
 * multi-word names only as phrases. The longest name wins, so «جنوب السودان» is not «السودان» and
 * «أمريكا اللاتينية» is no mention of the United States.
 */
public final class Gazetteer {

    static final String DATA = "places.tsv";
    private static final String NO_PLACE = "--";
    private static final List<String> PROCLITICS = List.of("وب", "فب", "وك", "فك", "ول", "فل", "و", "ف", "ب", "ك", "ل");
    private static final List<String> LAM_LAM = List.of("ولل", "فلل", "لل");
    private static final Comparator<Name> LONGEST_FIRST = Comparator.comparingInt((Name n) -> -n.words().size())
            .thenComparing(n -> String.join(" ", n.words()));

    /** A name as analysed words (with stop-word gaps as position offsets); {@code place} is null for a phrase. */
    private record Name(List<String> words, List<Integer> offsets, Place place) {
    }

    /** One recognised mention: the place and the position of its first word. */
    public record Mention(Place place, int position) {
    }

    private final Map<String, List<Name>> byWord;
    private final Map<String, Place> byCode;
    private final SlugStyle slugStyle;

    private Gazetteer(Map<String, List<Name>> byFirstWord, Map<String, Place> byCode, SlugStyle slugStyle) {
        this.byWord = byWord(byFirstWord);
        this.byCode = byCode;
        this.slugStyle = slugStyle;
    }

    /** ICU's names with the project's data file; slugs follow the site's slug style. */
    public static Gazetteer load(SlugStyle slugStyle) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DATA);
            }
            return of(readEntries(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))), slugStyle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What tells this gazetteer from another made by the same code: the slug style of its places' pages (its names come
     * from the code's own data and ICU).
     */
    public String identity() {
        return "slugs " + slugStyle.name();
    }

    /** The place with this ISO code, if it has one. */
    public Place place(String code) {
        return byCode.get(code);
    }

    /** The mentions of countries in analysed text, in text order. */
    public List<Mention> find(List<AnalyzedToken> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Name best = null;
            for (Name name : candidates(tokens.get(i).surface())) {
                if ((best == null || name.words().size() > best.words().size()) && matchesFrom(tokens, i, name)) {
                    best = name;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (best.place() != null) {
                found.add(new Mention(best.place(), tokens.get(i).position()));
            }
            i += best.words().size();
        }
        return found;
    }

    /** The names a word may begin: those of each of its {@link #firstWordForms} in turn. */
    private List<Name> candidates(String word) {
        return byWord.getOrDefault(word, List.of());
    }

    /**
     * The names each word may begin, for every word that may begin one: a first word of a name, with a proclitic, or
     * with «لل» for its article. Any other word has no form that begins a name, so a token needs one lookup.
     */
    private static Map<String, List<Name>> byWord(Map<String, List<Name>> byFirstWord) {
        Set<String> words = new HashSet<>();
        for (String first : byFirstWord.keySet()) {
            words.add(first);
            PROCLITICS.forEach(p -> words.add(p + first));
            if (first.startsWith("ال")) {
                LAM_LAM.forEach(lamLam -> words.add(lamLam + first.substring(2)));
            }
        }
        Map<String, List<Name>> byWord = new HashMap<>();
        for (String word : words) {
            List<Name> names = new ArrayList<>();
            for (String form : firstWordForms(word)) {
                names.addAll(byFirstWord.getOrDefault(form, List.of()));
            }
            if (!names.isEmpty()) {
                byWord.put(word, List.copyOf(names));
            }
        }
        return byWord;
    }

    private static boolean matchesFrom(List<AnalyzedToken> tokens, int start, Name name) {
        if (start + name.words().size() > tokens.size()) {
            return false;
        }
        int base = tokens.get(start).position();
        for (int k = 1; k < name.words().size(); k++) {
            AnalyzedToken t = tokens.get(start + k);
            if (t.position() - base != name.offsets().get(k) || !t.surface().equals(name.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The word itself and what it is once one proclitic is removed: بروسيا → روسيا, للامارات → الامارات. */
    static List<String> firstWordForms(String word) {
        List<String> forms = new ArrayList<>();
        forms.add(word);
        for (String lamLam : LAM_LAM) {
            if (word.startsWith(lamLam) && word.length() - lamLam.length() >= 2) {
                forms.add("ال" + word.substring(lamLam.length()));
            }
        }
        for (String p : PROCLITICS) {
            if (word.startsWith(p) && word.length() - p.length() >= 2) {
                forms.add(word.substring(p.length()));
            }
        }
        return forms;
    }

    private record Entry(String code, String name, String role) {
    }

    private static List<Entry> readEntries(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || !Set.of("display", "alias", "exclude", "phrase").contains(columns[2])
                    || (columns[2].equals("phrase") != columns[0].equals(NO_PLACE))) {
                throw new IllegalStateException(DATA + ":" + number + ": expected 'CODE<TAB>name<TAB>role', found '" + line + "'");
            }
            entries.add(new Entry(columns[0], columns[1].strip(), columns[2]));
        }
        return entries;
    }

    private static Gazetteer of(List<Entry> entries, SlugStyle slugStyle) {
        ULocale arabic = new ULocale("ar");
        Map<String, String> icuNames = new TreeMap<>();
        for (String code : ULocale.getISOCountries()) {
            String name = new ULocale("", code).getDisplayCountry(arabic).replaceAll("\\s*\\([^)]*\\)", "").strip();
            if (!name.isEmpty() && !name.equals(code)) {
                icuNames.put(code, name);
            }
        }
        Map<String, String> display = new TreeMap<>(icuNames);
        Set<String> excluded = new HashSet<>();
        for (Entry e : entries) {
            if (!e.code().equals(NO_PLACE) && !icuNames.containsKey(e.code())) {
                throw new IllegalStateException(DATA + ": " + e.code() + " is not a country ICU knows");
            }
            if (e.role().equals("display")) {
                display.put(e.code(), e.name());
            } else if (e.role().equals("exclude")) {
                excluded.add(e.code() + "\t" + normalised(e.name()));
            }
        }
        Map<String, Place> places = new LinkedHashMap<>();
        Set<String> slugs = new HashSet<>();
        for (var d : display.entrySet()) {
            String slug = Slugs.slugify(d.getValue(), slugStyle);
            if (slug.isEmpty() || !slugs.add(slug)) {
                slug = slug.isEmpty() ? d.getKey().toLowerCase(java.util.Locale.ROOT) : slug + "-" + d.getKey().toLowerCase(java.util.Locale.ROOT);
                slugs.add(slug);
            }
            places.put(d.getKey(), new Place(d.getKey(), d.getValue(), slug));
        }
        Map<String, Name> names = new TreeMap<>();
        List<String[]> all = new ArrayList<>();
        icuNames.forEach((code, name) -> all.add(new String[] {code, name}));
        for (Entry e : entries) {
            if (!e.role().equals("exclude")) {
                all.add(new String[] {e.code(), e.name()});
            }
        }
        for (String[] codeAndName : all) {
            String code = codeAndName[0];
            List<AnalyzedToken> tokens = WarraqAnalyzer.tokens(codeAndName[1]);
            if (tokens.isEmpty() || excluded.contains(code + "\t" + join(tokens))) {
                continue;
            }
            List<String> words = tokens.stream().map(AnalyzedToken::surface).toList();
            List<Integer> offsets = tokens.stream().map(t -> t.position() - tokens.get(0).position()).toList();
            names.putIfAbsent(join(tokens), new Name(words, offsets, code.equals(NO_PLACE) ? null : places.get(code)));
        }
        Map<String, List<Name>> byFirstWord = new HashMap<>();
        for (Name name : names.values()) {
            byFirstWord.computeIfAbsent(name.words().get(0), w -> new ArrayList<>()).add(name);
        }
        byFirstWord.values().forEach(list -> list.sort(LONGEST_FIRST));
        return new Gazetteer(byFirstWord, places, slugStyle);
    }

    private static String normalised(String name) {
        return join(WarraqAnalyzer.tokens(name));
    }

    private static String join(List<AnalyzedToken> tokens) {
        return String.join(" ", tokens.stream().map(AnalyzedToken::surface).toList());
    }
}
