package org.convene.ui.referral;

import java.util.Map;

import com.vaadin.flow.component.html.Div;

/** A part of the referral screen that names agencies (by their names, not their ids). */
abstract class ReferralPart extends Div {

    protected final Map<String, String> agencyNames;

    ReferralPart(String id, Map<String, String> agencyNames) {
        this.agencyNames = agencyNames;
        setId(id);
    }
}
