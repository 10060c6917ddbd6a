package org.warraq.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.warraq.output.OutputFile;

/**
 * Packs serialised entries, in order, into classic-script files of at most {@code cap} bytes each
 * ({@code warraq.searchShard("t/3",{…});}), so that a reader fetches a bounded amount per request. The
 * first key of every file but the first is its boundary, for the manifest. An entry larger than the cap
 * alone gets a file of its own.
 */
final class Packer {

    /** @param boundaries the first key of files 1…n−1 (file 0 starts at the beginning) */
    record Packed<K>(List<OutputFile> files, List<K> boundaries) {
    }

    private Packer() {
    }

    /**
     * @param folder    file ids are {@code folder/0}, {@code folder/1}, …
     * @param object    entries are {@code "key":value} members of an object, else items of an array
     * @param fragments serialised entries, in key order
     */
    static <K> Packed<K> pack(String folder, boolean object, List<K> keys, List<String> fragments, int cap) {
        List<OutputFile> files = new ArrayList<>();
        List<K> boundaries = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int bytes = 0;
        int overhead = script(folder + "/" + 99999, object, "").length;
        for (int i = 0; i < fragments.size(); i++) {
            int size = utf8Length(fragments.get(i)) + 1;
            if (body.length() > 0 && overhead + bytes + size > cap) {
                files.add(OutputFile.of(path(folder, files.size()), script(folder + "/" + files.size(), object, body.toString())));
                boundaries.add(keys.get(i));
                body.setLength(0);
                bytes = 0;
            }
            if (body.length() > 0) {
                body.append(',');
            }
            body.append(fragments.get(i));
            bytes += size;
        }
        if (body.length() > 0 || files.isEmpty()) {
            files.add(OutputFile.of(path(folder, files.size()), script(folder + "/" + files.size(), object, body.toString())));
        }
        return new Packed<>(files, boundaries);
    }

    static String path(String id) {
        return "search/" + id + ".js";
    }

    private static String path(String folder, int n) {
        return path(folder + "/" + n);
    }

    /** A file that registers its data with the engine: JSONP, so it loads from file:// as well as HTTP. */
    static byte[] script(String id, String json) {
        return ("warraq.searchShard(" + new Json().string(id) + "," + json + ");\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] script(String id, boolean object, String body) {
        return script(id, (object ? "{" : "[") + body + (object ? "}" : "]"));
    }

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
