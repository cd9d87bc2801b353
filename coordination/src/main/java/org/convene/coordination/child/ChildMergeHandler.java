package org.convene.coordination.child;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.convene.coordination.child.api.MergeChildRecordsCommand;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.RecordedBy;
import org.springframework.stereotype.Component;

/** Merges two child records: checks the surviving record exists and is not itself merged away. */
@Component
class ChildMergeHandler {

    private final Repository<Child> children;

    ChildMergeHandler(Repository<Child> childRepository) {
        this.children = childRepository;
    }

    @CommandHandler
    void handle(MergeChildRecordsCommand command, RecordedBy by) {
        if (command.survivingChildId() == null || command.duplicateChildId() == null) {
            throw new CommandRejectedException("Choose both records to merge.");
        }
        if (!command.duplicateChildId().equals(command.survivingChildId())) {
            boolean survivorMerged;
            try {
                survivorMerged = children.load(command.survivingChildId()).invoke(Child::isMerged);
            } catch (AggregateNotFoundException e) {
                throw new CommandRejectedException("There is no child record " + command.survivingChildId() + ".");
            }
            if (survivorMerged) {
                throw new CommandRejectedException("The record to keep was itself merged into another record; "
                        + "merge into that one instead.");
            }
        }
        try {
            children.load(command.duplicateChildId()).execute(child -> child.mergeInto(command.survivingChildId(),
                    command.reason(), by));
        } catch (AggregateNotFoundException e) {
            throw new CommandRejectedException("There is no child record " + command.duplicateChildId() + ".");
        }
    }
}
