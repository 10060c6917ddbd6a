package org.warraq.build;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each page of the last command-line build was rendered from (a digest of its template, settings and view
 * model) and a digest of the bytes it came out as, so that the next build can take back a page whose inputs are the
 * same instead of rendering it, once the file in the output folder is found to have those bytes. Read when the cache
 * opens and written when a build succeeds, listing that build's pages only; a file made by other code, damaged or
 * cut, is no records at all.
 */
final class PageRecords {

    private static final String MAGIC = "warraq-page-records";
    private static final int FORMAT = 1;
    private static final int SHA = 32;

    /** A page's inputs and output, each a SHA-256. */
    record Page(byte[] inputs, byte[] output) {
    }

    private final Map<String, Page> last;
    private final Map<String, Page> now = new ConcurrentHashMap<>();

    private PageRecords(Map<String, Page> last) {
        this.last = last;
    }

    static PageRecords none() {
        return new PageRecords(Map.of());
    }

    /** The records in {@code file} for {@code code}; none when it is missing, damaged or another code's. */
    static PageRecords read(Path file, String code) {
        try (DataInputStream in = KeptFile.read(file, MAGIC, FORMAT, code)) {
            if (in == null) {
                return none();
            }
            int count = in.readInt();
            Map<String, Page> pages = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                byte[] inputs = new byte[SHA];
                byte[] output = new byte[SHA];
                in.readFully(inputs);
                in.readFully(output);
                pages.put(path, new Page(inputs, output));
            }
            return new PageRecords(pages);
        } catch (IOException | RuntimeException e) {
            return none();
        }
    }

    /** The SHA-256 of the bytes the last build made the page at {@code path} into from {@code inputs}; null when it made none from them. */
    byte[] made(String path, byte[] inputs) {
        Page page = last.get(path);
        return page != null && Arrays.equals(page.inputs(), inputs) ? page.output() : null;
    }

    /** Records that this build's page at {@code path} was made from {@code inputs} into bytes digesting to {@code output}. */
    void record(String path, byte[] inputs, byte[] output) {
        now.put(path, new Page(inputs, output));
    }

    /** Writes this build's records to {@code file}. */
    void write(Path file, String code) throws IOException {
        KeptFile.write(file, MAGIC, FORMAT, code, out -> {
            out.writeInt(now.size());
            for (Map.Entry<String, Page> e : new TreeMap<>(now).entrySet()) {
                out.writeUTF(e.getKey());
                out.write(e.getValue().inputs());
                out.write(e.getValue().output());
            }
        });
    }
}
