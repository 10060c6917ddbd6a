package org.warraq.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The structure of a plain-text article as it arrives from a news desk: one paragraph per line,
 * blank lines ignored, short unpunctuated lines are subheadings, the first paragraph is the lead.
 * An optional first line {@code # …} is the title. Nothing in the text is markup.
 */
public record PlainTextDocument(Optional<String> title, List<Block> blocks) {

    /** A heading or paragraph with its 1-based line in the source file. */
    public record Block(boolean heading, String text, int line) {
    }

    public static final int MAX_HEADING_WORDS = 10;
    public static final int MAX_TITLE_WORDS = 12;

    private static final String CLOSING_PUNCTUATION = ".!?؟…:؛،,»”\")";
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟…](?=\\s|$)");
    /** Sentence ends that a title keeps: a question stays a question. */
    private static final String KEPT_END = "!?؟";

    public static PlainTextDocument parse(String body, int firstLine) {
        String[] lines = body.split("\n", -1);
        Optional<String> title = Optional.empty();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = firstLine + i;
            if (blocks.isEmpty() && title.isEmpty() && line.startsWith("# ")) {
                title = Optional.of(line.substring(2).strip());
                continue;
            }
            boolean lead = blocks.isEmpty();
            blocks.add(new Block(!lead && isSubheading(line), line, lineNo));
        }
        return new PlainTextDocument(title, List.copyOf(blocks));
    }

    static boolean isSubheading(String line) {
        int last = line.codePointBefore(line.length());
        if (CLOSING_PUNCTUATION.indexOf(last) >= 0) {
            return false;
        }
        return WORDS.split(line).length <= MAX_HEADING_WORDS;
    }

    /** The lead paragraph, which serves as the summary. */
    public Optional<String> lead() {
        return blocks.isEmpty() ? Optional.empty() : Optional.of(blocks.get(0).text());
    }

    /** The lead's first sentence, cut to at most {@value #MAX_TITLE_WORDS} words on a word boundary. */
    public Optional<String> derivedTitle() {
        return lead().map(PlainTextDocument::titleFrom);
    }

    static String titleFrom(String lead) {
        var end = SENTENCE_END.matcher(lead);
        String sentence = lead;
        if (end.find()) {
            sentence = lead.substring(0, KEPT_END.contains(end.group()) ? end.end() : end.start());
        }
        String[] words = WORDS.split(sentence.strip());
        if (words.length <= MAX_TITLE_WORDS) {
            return trimPunctuation(sentence.strip());
        }
        return trimPunctuation(String.join(" ", java.util.Arrays.copyOf(words, MAX_TITLE_WORDS))) + "…";
    }

    private static String trimPunctuation(String text) {
        String t = text;
        while (!t.isEmpty() && ".,،؛:;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }
}
