package org.convene.coordination.referral;

import java.util.List;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** For other features' command handlers: the children a referral is about (empty when there is no such referral). */
@Component
public class ReferralChildren {

    private final Repository<Referral> referrals;

    public ReferralChildren(Repository<Referral> referralRepository) {
        this.referrals = referralRepository;
    }

    public List<String> of(String referralId) {
        try {
            return referrals.load(referralId).invoke(Referral::childIds);
        } catch (AggregateNotFoundException e) {
            return List.of();
        }
    }
}
