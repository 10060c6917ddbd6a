package org.warraq.arabic;

/** A base writing direction, as the HTML {@code dir} attribute names it. */
public enum Direction {
    LTR, RTL;

    public String attribute() {
        return this == LTR ? "ltr" : "rtl";
    }

    public static Direction of(String attribute) {
        return "ltr".equalsIgnoreCase(attribute) ? LTR : RTL;
    }
}
