package org.warraq.search;

import java.util.List;

/**
 * A term's entry as drafted, before its names in the export are known: whole ({@code tail} null), or the entry around
 * the names of its deeper tier files with each tier's postings. The names, and a stem's run of position files, are
 * given in key order when the entry is written, so a draft depends on the term's own postings and statistics alone and
 * can be kept from one export to the next ({@link EntryStore}).
 *
 * @param tiers    each deeper tier's postings in UTF-8, as its file holds them: a kept tier goes from the store to its file
 *                 and back into the store without being decoded (the tiers are 115 MB at 10,000 articles)
 * @param articles how many articles the term is in
 */
record TermDraft(String head, List<byte[]> tiers, String tail, int articles) {

    TermDraft {
        tiers = List.copyOf(tiers);
    }

    TermDraft(String whole, int articles) {
        this(whole, List.of(), null, articles);
    }
}
