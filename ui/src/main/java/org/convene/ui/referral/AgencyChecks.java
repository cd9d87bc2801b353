package org.convene.ui.referral;

import static org.convene.ui.shared.Badges.badge;

import java.util.List;
import java.util.Map;

import org.convene.query.referral.api.ContributionView;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Each agency's checks side by side, one card an agency. */
class AgencyChecks extends ReferralPart {

    AgencyChecks(Map<String, String> agencyNames) {
        super("contributions", agencyNames);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
    }

    void show(List<ContributionView> contributions) {
        removeAll();
        if (contributions.isEmpty()) {
            add(new Paragraph("No agency has recorded its checks yet."));
        }
        contributions.forEach(c -> add(card(c)));
    }

    private Section card(ContributionView c) {
        Section card = new Section();
        card.addClassNames("contribution-card", LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM);
        card.getStyle().set("flex", "1 1 16rem").set("max-width", "28rem");
        card.getElement().setAttribute("data-agency", c.agencyId());
        H3 h = new H3(AgencyNames.name(agencyNames, c.agencyId()));
        String headingId = "contribution-" + c.agencyId();
        h.setId(headingId);
        h.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.NONE);
        card.getElement().setAttribute("aria-labelledby", headingId);
        Paragraph info = new Paragraph(c.information());
        info.getStyle().set("white-space", "pre-line");
        Paragraph who = new Paragraph(c.recordedByUser() + ", " + Formats.dateTime(c.recordedAt()));
        who.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        card.add(h, badge(c.knownToAgency() ? "Known to agency" : "Not known to agency",
                c.knownToAgency() ? "badge" : "badge contrast"), info, who);
        return card;
    }
}
