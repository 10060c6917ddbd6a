package org.warraq.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.LinkCheck;

/**
 * Gate: every internal link, image, script and stylesheet of every built page resolves to a file, every
 * {@code #fragment} to an id, and every feed and sitemap is well-formed XML.
 */
class LinkGateTest {

    @TempDir
    static Path tmp;
    static QualitySite site;
    static final Map<Path, Document> parsed = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = QualitySite.build(tmp);
    }

    @Test
    void theSampleHasEveryPageType() throws IOException {
        List<String> names = site.htmlPages().stream().map(site::name).toList();
        for (String prefix : List.of("index.html", "404.html", "place/", "analysis/", "tag/", "search/", "author/",
                "archive/", "category/")) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(prefix)), "no page " + prefix + " in " + names.size());
        }
    }

    @Test
    void everyReferenceInEveryPageResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : site.htmlPages()) {
            Document doc = doc(file);
            for (Element e : doc.select("a[href], link[href], script[src], img[src], img[srcset], source[srcset], "
                    + "iframe[src], form[action], meta[http-equiv=refresh]")) {
                for (String url : urls(e)) {
                    if (url.isEmpty() || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
                        continue;
                    }
                    checked++;
                    LinkCheck.problem(site.out, file, url, LinkGateTest::doc).ifPresent(p -> broken.add(site.name(file) + ": <" + e.tagName() + "> " + url
                            + ": " + p));
                }
            }
        }
        assertTrue(checked > 1000, "only " + checked + " references checked");
        assertEquals(List.of(), broken);
    }

    @Test
    void feedsAndSitemapsAreWellFormedXml() throws Exception {
        List<Path> xml = site.files(".xml");
        assertTrue(xml.stream().anyMatch(p -> site.name(p).equals("sitemap.xml")), "no sitemap.xml");
        assertTrue(xml.stream().anyMatch(p -> site.name(p).contains("news")), "no news sitemap in " + xml);
        assertTrue(xml.stream().anyMatch(p -> site.name(p).equals("feed.xml")), "no feed.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<String> bad = new ArrayList<>();
        for (Path p : xml) {
            try {
                factory.newDocumentBuilder().parse(p.toFile());
            } catch (Exception e) {
                bad.add(site.name(p) + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), bad);
    }

    private static List<String> urls(Element e) {
        if (e.hasAttr("srcset")) {
            List<String> list = new ArrayList<>();
            for (String part : e.attr("srcset").split(",")) {
                list.add(part.strip().split("\\s+")[0]);
            }
            if (e.hasAttr("src")) {
                list.add(e.attr("src"));
            }
            return list;
        }
        if (e.tagName().equals("meta")) {
            String content = e.attr("content");
            int at = content.toLowerCase().indexOf("url=");
            return at < 0 ? List.of() : List.of(content.substring(at + 4).strip());
        }
        for (String attr : List.of("href", "src", "action")) {
            if (e.hasAttr(attr)) {
                return List.of(e.attr(attr).strip());
            }
        }
        return List.of();
    }

    /** Resolves {@code url} from {@code from} as a browser opening the site from disk (or at its base path) would. */
    private static Document doc(Path file) throws IOException {
        Document d = parsed.get(file);
        if (d == null) {
            d = site.parse(file);
            parsed.put(file, d);
        }
        return d;
    }
}
