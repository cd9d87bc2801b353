package org.convene.query.kpi;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The referrals received in one calendar month (UK dates), {@code _id} "2026-05". Read by {@code _id} only. */
@Document(ReferralMonthDocument.COLLECTION)
class ReferralMonthDocument {

    static final String COLLECTION = "kpi_referral_months";

    @Id
    String month;
    List<ReferralFact> rows = new ArrayList<>();
}
