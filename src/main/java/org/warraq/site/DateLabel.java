package org.warraq.site;

/** A period shown in words («مارس ٢٠٢٥») with its machine-readable form ({@code 2025-03}) for {@code <time>}. */
public record DateLabel(String datetime, String text) {
}
