package org.convene.coordination.panel;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.convene.coordination.child.ChildRecords;
import org.axonframework.modelling.command.Repository;
import org.convene.coordination.panel.api.PanelIds;
import org.springframework.stereotype.Component;

/** Set validation for the meeting: does a young person (or the record theirs was merged into) have an open panel case? */
@Component
public class PanelCases {

    private final Repository<YoungPersonPanelRecord> records;
    private final ChildRecords children;

    public PanelCases(Repository<YoungPersonPanelRecord> youngPersonPanelRecordRepository, ChildRecords children) {
        this.records = youngPersonPanelRecordRepository;
        this.children = children;
    }

    public boolean hasOpenCase(String childId) {
        if (childId == null || childId.isBlank()) {
            return false;
        }
        try {
            return records.load(PanelIds.recordOf(children.currentIdOf(childId))).invoke(YoungPersonPanelRecord::hasOpenCase);
        } catch (AggregateNotFoundException e) {
            return false;
        }
    }
}
