package org.convene.coordination.shared.api;

/** The official DfE code lists Convene uses, from {@code reference/dfe-codes/}. */
public final class ReferenceCodes {

    public static final CodeList SEX = CodeList.load("sex.yml");
    public static final CodeList ETHNICITY = CodeList.load("ethnicity.yml");
    public static final CodeList ASSESSMENT_FACTORS = CodeList.load("assessment_factors.yml");

    private ReferenceCodes() {
    }
}
