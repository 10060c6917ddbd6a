package org.warraq.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's loaded values as bytes, for the build cache's record of the files the last build loaded
 * ({@link LoadedFiles#write}): everything but the body, which stays in its file and is known by its name. Texts of
 * any length, absent values as absent, dates with their zone, so that a decoded article equals the one encoded.
 */
final class ArticleCodec {

    private ArticleCodec() {
    }

    static void write(DataOutputStream out, Article a) throws IOException {
        text(out, a.source().toString());
        out.writeBoolean(a.page());
        out.writeByte(a.format().ordinal());
        text(out, a.title());
        date(out, a.date());
        date(out, a.updated());
        texts(out, a.authors());
        texts(out, a.categories());
        texts(out, a.tags());
        text(out, a.summary());
        text(out, a.slug());
        out.writeBoolean(a.draft());
        texts(out, a.aliases());
        text(out, a.image());
        text(out, a.imageAlt());
        text(out, a.imageCredit());
        text(out, a.sourceCredit());
        out.writeInt(a.corrections().size());
        for (Correction c : a.corrections()) {
            text(out, c.date() == null ? null : c.date().toString());
            text(out, c.text());
        }
        out.writeInt(a.bodyLine());
    }

    /** The article written by {@link #write}, with {@code body} as its body text. */
    static Article read(DataInputStream in, StoredText body) throws IOException {
        Path source = Path.of(text(in));
        boolean page = in.readBoolean();
        ContentFormat format = ContentFormat.values()[in.readByte()];
        String title = text(in);
        ZonedDateTime date = date(in);
        ZonedDateTime updated = date(in);
        List<String> authors = texts(in);
        List<String> categories = texts(in);
        List<String> tags = texts(in);
        String summary = text(in);
        String slug = text(in);
        boolean draft = in.readBoolean();
        List<String> aliases = texts(in);
        String image = text(in);
        String imageAlt = text(in);
        String imageCredit = text(in);
        String sourceCredit = text(in);
        int count = in.readInt();
        List<Correction> corrections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String day = text(in);
            corrections.add(new Correction(day == null ? null : LocalDate.parse(day), text(in)));
        }
        int bodyLine = in.readInt();
        return new Article(source, page, format, title, date, updated, authors, categories, tags, summary, slug, draft, aliases,
                image, imageAlt, imageCredit, sourceCredit, corrections, body, bodyLine);
    }

    static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String t : texts) {
            text(out, t);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(in));
        }
        return texts;
    }

    private static void date(DataOutputStream out, ZonedDateTime date) throws IOException {
        text(out, date == null ? null : date.toString());
    }

    private static ZonedDateTime date(DataInputStream in) throws IOException {
        String date = text(in);
        return date == null ? null : ZonedDateTime.parse(date);
    }
}
