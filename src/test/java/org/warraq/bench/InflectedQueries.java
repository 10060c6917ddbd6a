package org.warraq.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.warraq.search.analysis.WarraqAnalyzer;

/**
 * Recall queries: (target article, query) pairs where the query is another inflection of a word of the
 * article that the article never spells that way — a proclitic dropped or added (و ف ب ك ل ال and their
 * compounds), a pronoun suffix added or removed (with ة written ت before it), ة/ه, ى/ي and hamza spellings,
 * diacritics. The word's family (the word without clitic, pronoun and plural ending, normalised) is in at
 * most {@link #MAX_FAMILY} articles, so an engine that handles Arabic inflection should rank the target in
 * its top ten. These rules are the benchmark's own, written from Arabic grammar, not either engine's
 * analyser.
 */
final class InflectedQueries {

    static final int MAX_FAMILY = 3;
    static final List<String> KINDS = List.of("proclitic dropped", "proclitic added", "pronoun added", "pronoun removed",
            "spelling", "diacritics");

    private static final String[] PROCLITICS = {"وال", "بال", "كال", "فال", "لل", "ال", "وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل"};
    private static final String[] PRONOUNS = {"هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي"};
    private static final String[] ENDINGS = {"ات", "ون", "ين", "ان", "ية", "ة"};
    private static final String[] ADDED = {"و", "ب", "ال", "وال", "بال", "ف", "ك", "لل"};
    private static final String[] ADDED_PRONOUNS = {"ها", "هم", "ه", "نا"};

    /** One query: the target's address, the form in the article, the query, and which rule made it. */
    record Pair(String url, String original, String query, String kind) {
    }

    private InflectedQueries() {
    }

    static List<Pair> of(BenchCorpus corpus, int count) {
        Map<String, Set<Integer>> families = new HashMap<>();
        for (int d = 0; d < corpus.size(); d++) {
            for (String w : corpus.docs().get(d).set()) {
                families.computeIfAbsent(family(w), x -> new HashSet<>()).add(d);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < corpus.size(); d++) {
            order.add(d);
        }
        Collections.shuffle(order, new Random(11));
        List<Pair> out = new ArrayList<>();
        for (int d : order) {
            if (out.size() == count) {
                break;
            }
            BenchCorpus.Doc doc = corpus.docs().get(d);
            for (String w : doc.set()) {
                String family = family(w);
                if (family.length() < 3 || families.get(family).size() > MAX_FAMILY) {
                    continue;
                }
                Pair pair = variant(doc, w, out.size());
                if (pair != null) {
                    out.add(pair);
                    break;
                }
            }
        }
        return out;
    }

    /** The next rule in turn that applies to {@code w} and gives a form the article does not have. */
    private static Pair variant(BenchCorpus.Doc doc, String w, int turn) {
        String proclitic = proclitic(w);
        String rest = w.substring(proclitic.length());
        String pronoun = pronoun(rest);
        String base = rest.substring(0, rest.length() - pronoun.length());
        if (!pronoun.isEmpty() && base.endsWith("ت")) {
            base = base.substring(0, base.length() - 1) + "ة";
        }
        Random random = new Random(w.hashCode());
        for (int i = 0; i < KINDS.size(); i++) {
            int kind = (turn + i) % KINDS.size();
            String q = switch (kind) {
                case 0 -> proclitic.isEmpty() ? null : rest;
                case 1 -> {
                    String p = ADDED[random.nextInt(ADDED.length)];
                    String q1 = pronoun.isEmpty() ? p + base : indefinite(p) + open(base) + pronoun;
                    yield p.endsWith("ل") && base.startsWith("ل") ? null : q1;
                }
                case 2 -> pronoun.isEmpty() ? indefinite(proclitic) + open(base) + ADDED_PRONOUNS[random.nextInt(ADDED_PRONOUNS.length)] : null;
                case 3 -> pronoun.isEmpty() ? null : proclitic + base;
                case 4 -> respelled(w);
                default -> w.length() < 2 ? null : w.charAt(0) + "\u064e" + w.substring(1);
            };
            if (q != null && !q.equals(w) && !doc.set().contains(q) && q.length() >= 3 && !WarraqAnalyzer.terms(q).isEmpty()) {
                return new Pair(doc.url(), w, q, KINDS.get(kind));
            }
        }
        return null;
    }

    /** A pronoun suffix does not follow the article: «المدرسة» becomes «مدرستها», «بالمدرسة» «بمدرستها». */
    private static String indefinite(String proclitic) {
        return proclitic.endsWith("ال") ? proclitic.substring(0, proclitic.length() - 2) : proclitic.equals("لل") ? "ل" : proclitic;
    }

    private static String open(String base) {
        return base.endsWith("ة") ? base.substring(0, base.length() - 1) + "ت" : base;
    }

    private static String respelled(String w) {
        char last = w.charAt(w.length() - 1);
        if (last == 'ة' || last == 'ى') {
            return w.substring(0, w.length() - 1) + (last == 'ة' ? 'ه' : 'ي');
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'أ' || c == 'إ' || c == 'آ') {
                return w.substring(0, i) + 'ا' + w.substring(i + 1);
            }
        }
        return null;
    }

    /**
     * The word without proclitic, pronoun suffix, and plural, adjective or feminine ending, normalised: as
     * broad a family as a light stemmer would make, so that a rare family is rare for any engine.
     */
    static String family(String w) {
        String n = normalised(w);
        n = n.substring(proclitic(n).length());
        String pronoun = pronoun(n);
        n = n.substring(0, n.length() - pronoun.length());
        if (!pronoun.isEmpty() && n.endsWith("ت")) {
            n = n.substring(0, n.length() - 1) + "ة";
        }
        for (String e : ENDINGS) {
            if (n.endsWith(e) && n.length() - e.length() >= 3) {
                n = n.substring(0, n.length() - e.length());
                break;
            }
        }
        return n.replace('ة', 'ه');
    }

    private static String proclitic(String w) {
        for (String p : PROCLITICS) {
            if (w.startsWith(p) && w.length() - p.length() >= 3) {
                return p;
            }
        }
        return "";
    }

    private static String pronoun(String w) {
        for (String s : PRONOUNS) {
            if (w.endsWith(s) && w.length() - s.length() >= 3) {
                return s;
            }
        }
        return "";
    }

    /** Without diacritics and tatweel, hamza seats as bare alef, ى as ي; ة stays, as it tells a suffix from a pronoun. */
    private static String normalised(String w) {
        StringBuilder out = new StringBuilder(w.length());
        for (char c : w.toCharArray()) {
            if ((c >= '\u064b' && c <= '\u0652') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                default -> c;
            });
        }
        return out.toString();
    }
}
