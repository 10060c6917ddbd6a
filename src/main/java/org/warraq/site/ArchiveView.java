package org.warraq.site;

import java.util.List;

/** The archive tree: years with their months and article counts, newest first. */
public record ArchiveView(List<Year> years) {

    public record Year(Link link, String count, List<Month> months) {
    }

    public record Month(Link link, String count) {
    }
}
