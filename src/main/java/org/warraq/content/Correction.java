package org.warraq.content;

import java.time.LocalDate;

/** A dated correction note published under an article, as news ethics require. */
public record Correction(LocalDate date, String text) {
}
