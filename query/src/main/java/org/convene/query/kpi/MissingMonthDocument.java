package org.convene.query.kpi;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One calendar month of missing-children facts (UK dates), {@code _id} "2026-05": the episodes
 * that started in it and the returns that happened in it. Read by {@code _id} only.
 */
@Document(MissingMonthDocument.COLLECTION)
class MissingMonthDocument {

    static final String COLLECTION = "kpi_missing_months";

    @Id
    String month;
    List<EpisodeFact> episodes = new ArrayList<>();
    List<ReturnFact> returns = new ArrayList<>();
}
