package org.convene.query.kpi;

/**
 * Whom a fact is about: the child's current record and its attributes, which the breakdowns and
 * the equality KPIs group by. A merge rewrites them with the surviving record's.
 */
class ChildAttributes {

    String childId;
    String sex;
    String ethnicity;
    String locality;

    void copyAttributes(KpiChildDocument child) {
        this.childId = child.childId;
        this.sex = child.sex;
        this.ethnicity = child.ethnicity;
        this.locality = child.locality;
    }

    void copyAttributes(ChildAttributes other) {
        this.childId = other.childId;
        this.sex = other.sex;
        this.ethnicity = other.ethnicity;
        this.locality = other.locality;
    }
}
