package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warraq.site.SitePlanner;

/**
 * Reads a built Atom feed with ROME and checks what RFC 4287 requires of it: a feed id, title, updated time and
 * self link; per entry a unique id, a title, an alternate link, published and updated times (updated never
 * before published, the feed's updated the latest of them), an author (its own or the feed's), and content.
 */
final class AtomFeeds {

    private AtomFeeds() {
    }

    static Feed read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (Feed) new WireFeedInput().build(reader);
        } catch (FeedException e) {
            throw new AssertionError(file + " is not a feed ROME can read", e);
        }
    }

    static Feed check(Path file, String selfUrl) throws IOException {
        Feed feed = read(file);
        String where = file.toString();
        assertEquals("atom_1.0", feed.getFeedType(), where);
        assertFalse(feed.getId() == null || feed.getId().isBlank(), where);
        assertNotNull(feed.getTitleEx(), where);
        assertNotNull(feed.getUpdated(), where);
        assertTrue(feed.getOtherLinks().stream().anyMatch(l -> "self".equals(l.getRel()) && selfUrl.equals(l.getHref())),
                where + " links to itself as " + selfUrl);
        assertTrue(feed.getEntries().size() <= SitePlanner.FEED_SIZE, where);
        boolean feedAuthor = !feed.getAuthors().isEmpty();
        Set<String> ids = new HashSet<>();
        Date latest = null;
        for (Entry e : feed.getEntries()) {
            String at = where + " entry " + e.getId();
            assertTrue(e.getId() != null && e.getId().startsWith("https://") && ids.add(e.getId()), at);
            assertFalse(e.getTitle() == null || e.getTitle().isBlank(), at);
            List<Link> alternates = e.getAlternateLinks();
            assertEquals(1, alternates.size(), at);
            assertEquals(e.getId(), alternates.get(0).getHref(), at);
            assertNotNull(e.getPublished(), at);
            assertNotNull(e.getUpdated(), at);
            assertFalse(e.getUpdated().before(e.getPublished()), at);
            assertTrue(feedAuthor || !e.getAuthors().isEmpty(), at);
            for (SyndPerson author : e.getAuthors()) {
                assertFalse(author.getName().isBlank(), at);
                assertTrue(author.getUri().startsWith("https://"), at);
            }
            assertEquals(1, e.getContents().size(), at);
            assertEquals("html", e.getContents().get(0).getType(), at);
            assertFalse(e.getContents().get(0).getValue().isBlank(), at);
            latest = latest == null || e.getUpdated().after(latest) ? e.getUpdated() : latest;
        }
        if (latest != null) {
            assertEquals(latest, feed.getUpdated(), where + ": the feed was updated when its latest entry was");
        }
        return feed;
    }
}
