package org.convene.ui.referral;

import java.time.LocalDate;
import java.util.List;

import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.referral.api.ChildRef;
import org.convene.ui.chronology.ChildChronologyView;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.PurposePrompt;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The children a referral is about, each with their age and a link to their chronology. */
class ReferralChildren extends Div {

    ReferralChildren() {
        setId("referral-children");
    }

    void show(List<ChildRef> kids) {
        removeAll();
        LocalDate today = Formats.today();
        UnorderedList list = new UnorderedList();
        for (ChildRef c : kids) {
            ListItem item = new ListItem(c.fullName() + ", " + (c.dateOfBirth() == null ? "date of birth not known"
                    : (c.dateOfBirthIsExpected() ? "expected " : "born ") + Formats.date(c.dateOfBirth()) + " ("
                    + Formats.age(c.dateOfBirth(), c.dateOfBirthIsExpected(), today) + ")") + " ");
            if (c.childId() != null) {
                RouterLink link = new RouterLink("Chronology", ChildChronologyView.class,
                        new RouteParameters(ChildChronologyView.CHILD_ID, c.childId()));
                link.setQueryParameters(PurposePrompt.parameters(AccessPurpose.SCREENING));
                link.getElement().setAttribute("aria-label", "Chronology for " + c.fullName());
                item.add(link);
            }
            list.add(item);
        }
        add(list);
    }
}
