package org.warraq.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.warraq.output.OutputFile;

/**
 * Packs serialised entries, in key order, into classic-script files of at most {@code cap} bytes each
 * ({@code warraq.searchShard("t/3",{…});}), so that a reader fetches a bounded amount per request. An entry
 * larger than the cap alone gets a file of its own. The manifest routes keys to the files through the
 * shortest separators between their first and the previous file's last keys. Each file is handed on as soon as
 * it is full, so only one file's members are held besides the entries.
 */
final class Packer {

    private Packer() {
    }

    /**
     * @param folder  file ids are {@code folder/0}, {@code folder/1}, …
     * @param entries serialised values by key, in key order
     * @return the separators of files 1…n−1 (see {@link Separators}), for the manifest
     */
    static List<String> pack(String folder, Iterable<Map.Entry<String, String>> entries, int cap, Consumer<OutputFile> out) {
        List<String> separators = new ArrayList<>();
        Utf8Buffer body = null;
        int bytes = 0;
        int files = 0;
        int overhead = script(folder + "/" + 99999, "{}").length;
        String previous = null;
        for (Map.Entry<String, String> e : entries) {
            int size = Buckets.length(e.getKey(), e.getValue());
            if (body != null && overhead + bytes + size > cap) {
                out.accept(file(folder, files++, body));
                separators.add(Separators.between(previous, e.getKey()));
                body = null;
                bytes = 0;
            }
            if (body == null) {
                body = opened(folder, files, cap);
            } else {
                body.ascii(',');
            }
            body.string(e.getKey()).ascii(':').append(e.getValue());
            bytes += size;
            previous = e.getKey();
        }
        if (body != null || files == 0) {
            out.accept(file(folder, files, body != null ? body : opened(folder, files, cap)));
        }
        return separators;
    }

    /** A file's bytes up to its first member, as UTF-8 from the start (see {@link Utf8Buffer}). */
    private static Utf8Buffer opened(String folder, int n, int cap) {
        return new Utf8Buffer(cap).append(opening(folder + "/" + n)).ascii('{');
    }

    private static OutputFile file(String folder, int n, Utf8Buffer body) {
        return OutputFile.of(path(folder + "/" + n), body.ascii('}').append(CLOSING).toByteArray());
    }

    static String path(String id) {
        return "search/" + id + ".js";
    }

    /** A file that registers its data with the engine: JSONP, so it loads from file:// as well as HTTP. */
    static byte[] script(String id, String json) {
        return (opening(id) + json + CLOSING).getBytes(StandardCharsets.UTF_8);
    }

    /** As {@link #script(String, String)}, for data already in UTF-8 (a file taken back from the last export as it was). */
    static byte[] script(String id, byte[] json) {
        byte[] opening = opening(id).getBytes(StandardCharsets.UTF_8);
        byte[] script = Arrays.copyOf(opening, opening.length + json.length + CLOSING_BYTES.length);
        System.arraycopy(json, 0, script, opening.length, json.length);
        System.arraycopy(CLOSING_BYTES, 0, script, opening.length + json.length, CLOSING_BYTES.length);
        return script;
    }

    /**
     * What a {@link #script} has before its data, for a file whose data is appended after it, then {@link #CLOSING}: a
     * family of large files (the words' are 34 MB at 10,000 articles) is then copied once, not three times.
     */
    static String opening(String id) {
        return "warraq.searchShard(" + new Json().string(id) + ",";
    }

    static final String CLOSING = ");\n";
    private static final byte[] CLOSING_BYTES = CLOSING.getBytes(StandardCharsets.UTF_8);

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
