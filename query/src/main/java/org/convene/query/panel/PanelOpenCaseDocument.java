package org.convene.query.panel;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The ids of young people with an open panel case: a small collection, read whole, removed on closure. */
@Document(PanelOpenCaseDocument.COLLECTION)
record PanelOpenCaseDocument(@Id String childId) {

    static final String COLLECTION = "panel_open_cases";
}
