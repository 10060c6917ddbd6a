package org.warraq.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.warraq.output.OutputFile;

/**
 * Packs serialised entries, in key order, into classic-script files of at most {@code cap} bytes each
 * ({@code warraq.searchShard("t/3",{…});}), so that a reader fetches a bounded amount per request. An entry
 * larger than the cap alone gets a file of its own. The manifest routes keys to the files through the
 * shortest separators between their first and the previous file's last keys.
 */
final class Packer {

    /** @param starts the index, among the entries, of the first entry of files 1…n−1 */
    record Packed(List<OutputFile> files, List<Integer> starts) {

        /** The shortest separators of the files' first keys (see {@link Separators}), for the manifest. */
        List<String> separators(List<String> keys) {
            List<String> out = new ArrayList<>(starts.size());
            for (int start : starts) {
                out.add(Separators.between(keys.get(start - 1), keys.get(start)));
            }
            return out;
        }
    }

    private Packer() {
    }

    /**
     * @param folder  file ids are {@code folder/0}, {@code folder/1}, …
     * @param members serialised {@code "key":value} members of an object, in key order
     */
    static Packed pack(String folder, List<String> members, int cap) {
        List<OutputFile> files = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int bytes = 0;
        int overhead = script(folder + "/" + 99999, "{}").length;
        for (int i = 0; i < members.size(); i++) {
            int size = utf8Length(members.get(i)) + 1;
            if (body.length() > 0 && overhead + bytes + size > cap) {
                files.add(file(folder, files.size(), body));
                starts.add(i);
                body.setLength(0);
                bytes = 0;
            }
            if (body.length() > 0) {
                body.append(',');
            }
            body.append(members.get(i));
            bytes += size;
        }
        if (body.length() > 0 || files.isEmpty()) {
            files.add(file(folder, files.size(), body));
        }
        return new Packed(files, starts);
    }

    private static OutputFile file(String folder, int n, CharSequence body) {
        String id = folder + "/" + n;
        return OutputFile.of(path(id), script(id, "{" + body + "}"));
    }

    static String path(String id) {
        return "search/" + id + ".js";
    }

    /** A file that registers its data with the engine: JSONP, so it loads from file:// as well as HTTP. */
    static byte[] script(String id, String json) {
        return ("warraq.searchShard(" + new Json().string(id) + "," + json + ");\n").getBytes(StandardCharsets.UTF_8);
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
