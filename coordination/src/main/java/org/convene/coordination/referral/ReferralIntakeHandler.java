package org.convene.coordination.referral;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Repository;
import org.convene.coordination.child.ChildRecords;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;
import org.springframework.stereotype.Component;

/** Receives a referral after checking that every child named has a current (not merged) record. */
@Component
class ReferralIntakeHandler {

    private final Repository<Referral> referrals;
    private final ChildRecords children;

    ReferralIntakeHandler(Repository<Referral> referralRepository, ChildRecords children) {
        this.referrals = referralRepository;
        this.children = children;
    }

    @CommandHandler
    String handle(ReceiveReferralCommand command,
                  @MetaDataValue(value = MessageMetaData.USER_ID, required = true) String userId,
                  @MetaDataValue(value = MessageMetaData.AGENCY_ID, required = true) String agencyId)
            throws Exception {
        List<String> problems = new ArrayList<>();
        if (command.childIds() != null) {
            for (String childId : command.childIds()) {
                children.problemWith(childId).ifPresent(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new CommandRejectedException(problems);
        }
        referrals.newInstance(() -> new Referral(command, new RecordedBy(userId, agencyId)));
        return command.referralId();
    }
}
