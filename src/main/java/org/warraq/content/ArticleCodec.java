package org.warraq.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.warraq.output.TextCodec;

/**
 * An article's loaded values as bytes, for the build cache's record of the files the last build loaded
 * ({@link LoadedFiles#write}): everything but the body, which stays in its file and is known by its name. Texts of
 * any length ({@link TextCodec}), absent values as absent, dates with their zone, so that a decoded article equals the one encoded.
 */
final class ArticleCodec {

    private ArticleCodec() {
    }

    static void write(DataOutputStream out, Article a) throws IOException {
        TextCodec.write(out, a.source().toString());
        out.writeBoolean(a.page());
        out.writeByte(a.format().ordinal());
        TextCodec.write(out, a.title());
        date(out, a.date());
        date(out, a.updated());
        texts(out, a.authors());
        texts(out, a.categories());
        texts(out, a.tags());
        TextCodec.write(out, a.summary());
        TextCodec.write(out, a.slug());
        out.writeBoolean(a.draft());
        texts(out, a.aliases());
        TextCodec.write(out, a.image());
        TextCodec.write(out, a.imageAlt());
        TextCodec.write(out, a.imageCredit());
        TextCodec.write(out, a.sourceCredit());
        out.writeInt(a.corrections().size());
        for (Correction c : a.corrections()) {
            TextCodec.write(out, c.date() == null ? null : c.date().toString());
            TextCodec.write(out, c.text());
        }
        out.writeInt(a.bodyLine());
    }

    /** The article written by {@link #write}, with {@code body} as its body text. */
    static Article read(DataInputStream in, StoredText body) throws IOException {
        Path source = Path.of(TextCodec.read(in));
        boolean page = in.readBoolean();
        ContentFormat format = ContentFormat.values()[in.readByte()];
        String title = TextCodec.read(in);
        ZonedDateTime date = date(in);
        ZonedDateTime updated = date(in);
        List<String> authors = texts(in);
        List<String> categories = texts(in);
        List<String> tags = texts(in);
        String summary = TextCodec.read(in);
        String slug = TextCodec.read(in);
        boolean draft = in.readBoolean();
        List<String> aliases = texts(in);
        String image = TextCodec.read(in);
        String imageAlt = TextCodec.read(in);
        String imageCredit = TextCodec.read(in);
        String sourceCredit = TextCodec.read(in);
        int count = in.readInt();
        List<Correction> corrections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String day = TextCodec.read(in);
            corrections.add(new Correction(day == null ? null : LocalDate.parse(day), TextCodec.read(in)));
        }
        int bodyLine = in.readInt();
        return new Article(source, page, format, title, date, updated, authors, categories, tags, summary, slug, draft, aliases,
                image, imageAlt, imageCredit, sourceCredit, corrections, body, bodyLine);
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String t : texts) {
            TextCodec.write(out, t);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(TextCodec.read(in));
        }
        return texts;
    }

    private static void date(DataOutputStream out, ZonedDateTime date) throws IOException {
        TextCodec.write(out, date == null ? null : date.toString());
    }

    private static ZonedDateTime date(DataInputStream in) throws IOException {
        String date = TextCodec.read(in);
        return date == null ? null : ZonedDateTime.parse(date);
    }
}
