package org.warraq.content;

import java.nio.file.Path;
import java.util.Map;

/**
 * Splits a source file into its optional {@code ---} YAML block and the body, keeping the line on
 * which the body starts so later messages point at the right line.
 */
public record FrontMatter(Map<String, YamlValue> fields, String body, int bodyLine) {

    public static FrontMatter split(String text, Path file) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            return new FrontMatter(Map.of(), text, 1);
        }
        int lineNo = 1;
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            lineNo++;
            if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
                String yaml = text.substring(4, pos);
                Map<String, YamlValue> fields = YamlReader.readMapping(yaml, file, 2);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(fields, body, lineNo + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        throw BuildFailedException.of(Diagnostic.error(file, 1,
                "front matter starts with '---' but has no closing '---' line"));
    }
}
