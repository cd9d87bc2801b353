package org.convene.ui.action;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.referral.api.CompleteActionCommand;
import org.convene.coordination.shared.api.Roles;
import org.convene.infra.security.ConveneUser;
import org.convene.query.action.api.FindOpenActionsQuery;
import org.convene.query.action.api.OpenActionSummary;
import org.convene.ui.MainLayout;
import org.convene.ui.referral.ReferralView;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.Badges;
import org.convene.ui.shared.Commands;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.LiveQuery;
import org.convene.ui.shared.LiveRows;
import org.convene.ui.shared.Pages;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/** The open actions the user's agency owns, soonest due first, overdue ones flagged; live. */
@Route(value = "actions", layout = MainLayout.class)
@PageTitle("Our actions | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
        Roles.RETURN_INTERVIEW_WORKER})
public class OurActionsView extends Main {


    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final ConveneUser user;
    final Grid<OpenActionSummary> grid = new Grid<>(OpenActionSummary.class, false);
    final Paragraph count = new Paragraph();
    private final LiveRows<OpenActionSummary> rows = new LiveRows<>(OpenActionSummary::actionId,
            Comparator.comparing(OpenActionSummary::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));

    public OurActionsView(QueryGateway queryGateway, CommandGateway commandGateway, CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.user = currentUser.get().orElse(null);
        setHeightFull();
        H1 title = Pages.column(this, new H1("Our actions"));
        Paragraph intro = new Paragraph("Open actions owned by " + (user == null ? "your agency" : user.agencyName())
                + ", soonest due first.");
        count.setId("actions-count");
        count.getElement().setAttribute("aria-live", "polite");
        count.addClassNames(LumoUtility.TextColor.SECONDARY);

        grid.setId("our-actions");
        grid.setAriaLabel("Open actions owned by your agency");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(this::due)).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OpenActionSummary::description).setHeader("What").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(a -> new RouterLink(a.childNames() == null || a.childNames().isEmpty()
                ? "Referral" : String.join(", ", a.childNames()), ReferralView.class,
                new RouteParameters(ReferralView.REFERRAL_ID, a.referralId())))).setHeader("Children")
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(a -> {
            Button done = new Button("Mark done", e -> openDone(a));
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            done.setAriaLabel("Mark done: " + a.description());
            done.addClassName("mark-done");
            return done;
        })).setHeader("").setKey("done").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Your agency has no open actions.");
        grid.setSizeFull();
        add(title, intro, count, grid);
        if (user != null) {
            LiveQuery.of(queryGateway, new FindOpenActionsQuery(user.agencyId()),
                            ResponseTypes.multipleInstancesOf(OpenActionSummary.class),
                            ResponseTypes.instanceOf(OpenActionSummary.class))
                    .onFailure(() -> count.setText("Your actions could not be loaded just now. Please reload the page."))
                    .bind(this, this::showAll, this::apply);
        }
    }

    private Component due(OpenActionSummary a) {
        Span text = new Span(Formats.date(a.dueDate()));
        return a.overdue(Formats.today()) ? new Span(text, new Span(" "), Badges.badge("Overdue", "badge error")) : text;
    }

    /** Asks for the outcome, then marks the action done. */
    void openDone(OpenActionSummary action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Mark the action done");
        dialog.setWidth("min(36rem, 100vw)");
        ActionDoneForm form = new ActionDoneForm(action.description());
        form.addSaveListener(e -> {
            if (Commands.send(commandGateway, new CompleteActionCommand(action.referralId(), action.actionId(),
                    e.value().outcome()), form, "Close", dialog::close)) {
                UserMessages.done("Action marked done.");
                dialog.close();
            }
        });
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), form.save);
        dialog.open();
    }

    void apply(OpenActionSummary update) {
        rows.apply(update, update.done());
        refresh();
    }

    private void showAll(List<OpenActionSummary> initial) {
        rows.replaceAll(initial);
        refresh();
    }

    private void refresh() {
        grid.setItems(rows.list());
        LocalDate today = Formats.today();
        long overdue = rows.list().stream().filter(a -> a.overdue(today)).count();
        count.setText(rows.isEmpty() ? "" : rows.size() + (rows.size() == 1 ? " open action" : " open actions")
                + (overdue > 0 ? ", " + overdue + " overdue." : "."));
    }
}
