package org.warraq.analysis;

import java.util.ArrayList;
import java.util.List;
import org.warraq.search.ArticleWords;
import org.warraq.search.SearchFields;
import org.warraq.search.SearchIndex;
import org.warraq.search.analysis.AnalyzedToken;
import org.warraq.search.analysis.TermKind;
import org.warraq.search.analysis.WarraqAnalyzer;
import org.warraq.site.SiteArticle;
import org.warraq.site.Tag;

/**
 * An article's analysed text, for the stages that read words rather than the index (related articles, key terms,
 * places): the title, each tag, the summary and the body, each kept apart so that no phrase runs from one into the
 * next, and each marked with the search field it belongs to. The build reads it from the words the search index kept
 * as it analysed the article; {@link #of(SiteArticle)} analyses the texts afresh, and is what those words must equal.
 */
record ArticleText(List<Segment> segments) {

    static final int TITLE = 0;
    static final int TAGS = 1;
    static final int SUMMARY = 2;
    static final int BODY = 3;

    /** One piece of text with its analysed words; {@code field} is {@link #TITLE}, {@link #TAGS}, {@link #SUMMARY} or {@link #BODY}. */
    record Segment(String text, List<AnalyzedToken> tokens, int field) {

        boolean title() {
            return field == TITLE;
        }
    }

    static ArticleText of(SiteArticle a) {
        List<Segment> segments = new ArrayList<>();
        add(segments, a.article().title(), TITLE);
        for (Tag tag : a.tags()) {
            add(segments, tag.name(), TAGS);
        }
        add(segments, a.article().summary(), SUMMARY);
        add(segments, a.body() == null ? null : a.body().text(), BODY);
        return new ArticleText(List.copyOf(segments));
    }

    /** The same text from the words the search index kept as it analysed the article ({@link SearchIndex#words}). */
    static ArticleText of(SiteArticle a, List<ArticleWords.Segment> indexed) {
        List<String> texts = new ArrayList<>();
        texts.add(a.article().title());
        a.tags().forEach(t -> texts.add(t.name()));
        if (a.article().summary() != null) {
            texts.add(a.article().summary());
        }
        if (a.body() != null) {
            texts.add(a.body().text());
        }
        if (texts.size() != indexed.size()) {
            throw new IllegalStateException("the index kept " + indexed.size() + " texts of " + a.path() + ", which has " + texts.size());
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text != null && !text.isBlank()) {
                segments.add(new Segment(text, indexed.get(i).words(), indexed.get(i).field()));
            }
        }
        return new ArticleText(List.copyOf(segments));
    }

    /** The name of the index's stem sub-field of {@code field} ({@link #TITLE} …), where related articles and key terms look. */
    static String stemField(int field) {
        return SearchFields.name(SearchFields.id(field, TermKind.STEM));
    }

    /** The segments of one field, in order. */
    List<Segment> of(int field) {
        return segments.stream().filter(s -> s.field() == field).toList();
    }

    private static void add(List<Segment> segments, String text, int field) {
        if (text != null && !text.isBlank()) {
            segments.add(new Segment(text, WarraqAnalyzer.tokens(text), field));
        }
    }
}
