package org.warraq.arabic;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the stretches of a block that must be isolated from the block's direction so that the
 * Unicode bidi algorithm cannot reorder them with their neighbours: in a right-to-left block,
 * Latin-script runs ("Belt and Road", "S-400", an English sentence with its final full stop),
 * URLs and e-mail addresses, and European-digit numbers with a sign, unit or range ("+3.5%",
 * "2025-2026"); in a left-to-right block, Arabic runs. Plain numbers ("2025", "3.5") and numbers in
 * Arabic-Indic digits, which follow the right-to-left convention («٣٫٥٪»), are left alone.
 *
 * <p>Words of one script separated only by spaces and ASCII punctuation form one run, as the bidi
 * algorithm itself would see them; Arabic punctuation and guillemets end a Latin run. A run's
 * closing bracket or quote is included only when the run opened it, and its final {@code . ! ? …}
 * only when the run reads as a sentence (at least {@value #SENTENCE_WORDS} words) or is quoted, so
 * that the full stop of an Arabic sentence ending in a Latin name stays with the Arabic sentence.
 */
public final class IsolatedRuns {

    public static final int SENTENCE_WORDS = 4;

    /** {@code [start, end)} of the text, to be shown in {@code direction}; {@code latin} when its letters are all Latin. */
    public record Run(int start, int end, Direction direction, boolean latin) {
    }

    private enum Kind { FOREIGN, CODE, ADDRESS, DIGIT, NATIVE, SPACE, JOIN, MARK, STOP }

    private record Unit(Kind kind, int start, int end) {
    }

    private static final String LATIN_RUN_STOPPERS = "«»‹›،؍٪٫٬۔";
    private static final String SIGNS = "+-−±$€£¥";
    private static final String UNITS = "%‰‱°";
    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";
    private static final String TERMINAL = ".!?…";
    private static final String CLOSING_QUOTES = "\"”’'»›";

    private final BidiText text;
    private final String chars;
    private final Direction base;
    private final int[] addressEnd;

    private IsolatedRuns(BidiText text, Direction base) {
        this.text = text;
        this.chars = text.text();
        this.base = base;
        this.addressEnd = new int[chars.length()];
        for (WebAddresses.Span span : WebAddresses.find(chars)) {
            addressEnd[span.start()] = span.end();
        }
    }

    public static List<Run> find(BidiText text, Direction base) {
        return new IsolatedRuns(text, base).runs();
    }

    /** The characters typography must not touch: the runs found, and every URL or e-mail address. */
    public static BitSet covered(BidiText text, List<Run> runs) {
        BitSet out = new BitSet(text.length());
        runs.forEach(r -> out.set(r.start(), r.end()));
        WebAddresses.find(text.text()).forEach(s -> out.set(s.start(), s.end()));
        return out;
    }

    private List<Run> runs() {
        List<Run> out = new ArrayList<>();
        int n = chars.length();
        int i = 0;
        while (i < n) {
            Unit u = unit(i);
            boolean starts = u.kind == Kind.FOREIGN || u.kind == Kind.ADDRESS || u.kind == Kind.CODE
                    || (base == Direction.RTL && u.kind == Kind.DIGIT);
            if (!starts) {
                i = u.end;
                continue;
            }
            Run run = grow(u);
            if (run != null) {
                out.add(run);
                i = run.end();
            } else {
                i = u.end;
            }
        }
        return out;
    }

    private Run grow(Unit first) {
        int start = first.start;
        int end = first.end;
        boolean letters = first.kind != Kind.DIGIT;
        boolean onlyCode = first.kind == Kind.CODE;
        boolean lastIsDigit = first.kind == Kind.DIGIT;
        int n = chars.length();
        while (true) {
            while (end < n && unit(end).kind == Kind.MARK) {
                end = unit(end).end;
            }
            int k = end;
            boolean space = false;
            while (k < n) {
                Unit v = unit(k);
                if (v.kind == Kind.SPACE) {
                    space = true;
                } else if (v.kind != Kind.JOIN && v.kind != Kind.MARK) {
                    break;
                }
                k = v.end;
            }
            if (k >= n) {
                break;
            }
            Unit next = unit(k);
            boolean core = next.kind == Kind.FOREIGN || next.kind == Kind.ADDRESS || next.kind == Kind.CODE
                    || next.kind == Kind.DIGIT;
            if (!core || (space && !letters)) {
                break;
            }
            end = next.end;
            letters |= next.kind != Kind.DIGIT;
            onlyCode = false;
            lastIsDigit = next.kind == Kind.DIGIT;
        }
        if (base == Direction.RTL && lastIsDigit && end < n && UNITS.indexOf(chars.charAt(end)) >= 0) {
            end++;
        }
        if (first.kind == Kind.DIGIT && start > 0 && SIGNS.indexOf(chars.charAt(start - 1)) >= 0
                && (start < 2 || !Character.isLetterOrDigit(chars.codePointBefore(start - 1)))) {
            start--;
        }
        end = closers(start, end);
        if (letters) {
            int p = end;
            while (p < n && TERMINAL.indexOf(chars.charAt(p)) >= 0) {
                p++;
            }
            if (p > end && (words(start, end) >= SENTENCE_WORDS || (p < n && CLOSING_QUOTES.indexOf(chars.charAt(p)) >= 0))) {
                end = closers(start, p);
            }
        }
        if (onlyCode || (!letters && plainNumber(start, end))) {
            return null;
        }
        Direction direction = base == Direction.RTL ? Direction.LTR : Direction.RTL;
        return new Run(start, end, direction, direction == Direction.LTR && latin(start, end));
    }

    /** Extends {@code end} over closing brackets and quotes whose opening partner is inside the run. */
    private int closers(int start, int end) {
        int n = chars.length();
        while (end < n) {
            char c = chars.charAt(end);
            int bracket = CLOSERS.indexOf(c);
            if (bracket >= 0 && count(start, end, OPENERS.charAt(bracket)) > count(start, end, c)) {
                end++;
            } else if ((c == '"' && count(start, end, '"') % 2 == 1) || (c == '”' && count(start, end, '“') > count(start, end, '”'))) {
                end++;
            } else {
                return end;
            }
        }
        return end;
    }

    private int count(int start, int end, char c) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (chars.charAt(i) == c && text.atom(i) == null) {
                count++;
            }
        }
        return count;
    }

    private int words(int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(chars.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private boolean plainNumber(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = chars.charAt(i);
            if (c != '.' && c != ',' && UCharacter.getDirection(c) != UCharacterDirection.EUROPEAN_NUMBER) {
                return false;
            }
        }
        return true;
    }

    private boolean latin(int start, int end) {
        boolean latin = false;
        for (int i = start; i < end; ) {
            BidiText.Atom atom = text.atom(i);
            int cp = chars.codePointAt(i);
            i += Character.charCount(cp);
            if (atom == BidiText.Atom.LATIN) {
                latin = true;
            } else if (atom == BidiText.Atom.LTR) {
                return false;
            } else if (atom == null && UCharacter.isLetter(cp) && TextDirection.strong(cp).isPresent()) {
                if (UScript.getScript(cp) != UScript.LATIN) {
                    return false;
                }
                latin = true;
            }
        }
        return latin;
    }

    private Unit unit(int i) {
        BidiText.Atom atom = text.atom(i);
        if (atom != null) {
            return new Unit(atomKind(atom), i, i + 1);
        }
        if (addressEnd[i] > 0) {
            return new Unit(base == Direction.RTL ? Kind.ADDRESS : Kind.NATIVE, i, addressEnd[i]);
        }
        int cp = chars.codePointAt(i);
        int end = i + Character.charCount(cp);
        return new Unit(charKind(cp), i, end);
    }

    private Kind atomKind(BidiText.Atom atom) {
        return switch (atom) {
            case LATIN, LTR -> base == Direction.RTL ? Kind.FOREIGN : Kind.NATIVE;
            case RTL -> base == Direction.RTL ? Kind.NATIVE : Kind.FOREIGN;
            case CODE -> base == Direction.RTL ? Kind.CODE : Kind.NATIVE;
            case NEUTRAL -> Kind.JOIN;
            case BOUNDARY -> Kind.STOP;
        };
    }

    /**
     * The kinds of the code points below {@link #TABLED} (ASCII, Latin, Arabic and their marks: nearly every character
     * of a news text), for each base direction, worked out once by {@link #kindOf}.
     */
    private static final int TABLED = 0x800;
    private static final Kind[][] KINDS = new Kind[Direction.values().length][TABLED];

    static {
        for (Direction base : Direction.values()) {
            for (int cp = 0; cp < TABLED; cp++) {
                KINDS[base.ordinal()][cp] = kindOf(cp, base);
            }
        }
    }

    private Kind charKind(int cp) {
        return cp < TABLED ? KINDS[base.ordinal()][cp] : kindOf(cp, base);
    }

    private static Kind kindOf(int cp, Direction base) {
        int bidi = UCharacter.getDirection(cp);
        var strong = TextDirection.strong(cp);
        if (strong.isPresent()) {
            return strong.get() == base ? Kind.NATIVE : Kind.FOREIGN;
        }
        switch (bidi) {
            case UCharacterDirection.EUROPEAN_NUMBER:
                return Kind.DIGIT;
            case UCharacterDirection.ARABIC_NUMBER:
                return base == Direction.RTL ? Kind.NATIVE : Kind.DIGIT;
            case UCharacterDirection.DIR_NON_SPACING_MARK:
                return Kind.MARK;
            case UCharacterDirection.WHITE_SPACE_NEUTRAL, UCharacterDirection.SEGMENT_SEPARATOR,
                    UCharacterDirection.BLOCK_SEPARATOR:
                return Kind.SPACE;
            case UCharacterDirection.LEFT_TO_RIGHT_ISOLATE, UCharacterDirection.RIGHT_TO_LEFT_ISOLATE,
                    UCharacterDirection.FIRST_STRONG_ISOLATE, UCharacterDirection.POP_DIRECTIONAL_ISOLATE,
                    UCharacterDirection.LEFT_TO_RIGHT_EMBEDDING, UCharacterDirection.RIGHT_TO_LEFT_EMBEDDING,
                    UCharacterDirection.LEFT_TO_RIGHT_OVERRIDE, UCharacterDirection.RIGHT_TO_LEFT_OVERRIDE,
                    UCharacterDirection.POP_DIRECTIONAL_FORMAT:
                return Kind.STOP;
            default:
                return base == Direction.RTL && LATIN_RUN_STOPPERS.indexOf(cp) >= 0 ? Kind.STOP : Kind.JOIN;
        }
    }
}
