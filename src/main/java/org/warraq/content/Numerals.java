package org.warraq.content;

/** Which digits the generator writes: Arabic-Indic (٠١٢٣) or Latin (0123). */
public enum Numerals {
    ARAB, LATN;

    public String icuName() {
        return this == ARAB ? "arab" : "latn";
    }
}
