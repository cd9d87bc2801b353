package org.convene.coordination.panel;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.convene.coordination.panel.api.PanelIds;
import org.springframework.stereotype.Component;

/** Set validation for the meeting: does a young person have an open panel case? */
@Component
public class PanelCases {

    private final Repository<YoungPersonPanelRecord> records;

    public PanelCases(Repository<YoungPersonPanelRecord> youngPersonPanelRecordRepository) {
        this.records = youngPersonPanelRecordRepository;
    }

    public boolean hasOpenCase(String childId) {
        if (childId == null || childId.isBlank()) {
            return false;
        }
        try {
            return records.load(PanelIds.recordOf(childId)).invoke(YoungPersonPanelRecord::hasOpenCase);
        } catch (AggregateNotFoundException e) {
            return false;
        }
    }
}
