package org.convene.ui.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.audit.api.FindChildAccessLogQuery;
import org.convene.query.audit.api.RecordAccess;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.child.api.FindChildQuery;
import org.convene.ui.MainLayout;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.Pages;
import org.convene.ui.shared.RecordView;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/** For administrators: who opened a child's record, when, from which agency and why, newest first. */
@Route(value = "children/:childId/access-log", layout = MainLayout.class)
@PageTitle("Record access log | Convene")
@RolesAllowed(Roles.ADMINISTRATOR)
public class AccessLogView extends RecordView {

    public static final String CHILD_ID = "childId";

    private final QueryGateway queryGateway;
    private final Map<String, String> agencyNames;
    final Paragraph about = new Paragraph();
    final Grid<RecordAccess> grid = new Grid<>(RecordAccess.class, false);

    public AccessLogView(QueryGateway queryGateway, AgencyNames agencies) {
        super(CHILD_ID, "Record access log", "access-log-title");
        this.queryGateway = queryGateway;
        this.agencyNames = agencies.all();
        setHeightFull();
        Pages.column(this, title);
        about.addClassNames(LumoUtility.TextColor.SECONDARY);
        grid.setId("access-log");
        grid.setAriaLabel("Who opened this record, newest first");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> Formats.dateTime(a.openedAt())).setHeader("Opened").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecordAccess::userId).setHeader("User").setAutoWidth(true);
        grid.addColumn(a -> AgencyNames.name(agencyNames, a.agencyId())).setHeader("Agency").setAutoWidth(true);
        grid.addColumn(a -> a.purpose() == null ? "" : a.purpose().label()).setHeader("Why").setFlexGrow(2);
        grid.addColumn(a -> a.record() == null ? "" : a.record().label()).setHeader("What").setAutoWidth(true);
        grid.setEmptyStateText("Nobody has opened this record yet.");
        grid.setSizeFull();
        add(title, about, grid);
    }

    @Override
    protected void enter(String childId, BeforeEnterEvent event) {
        try {
            ChildDetails child = queryGateway.query(new FindChildQuery(childId),
                    ResponseTypes.instanceOf(ChildDetails.class)).get(10, TimeUnit.SECONDS);
            title.setText("Record access log: " + (child == null ? "unknown child record" : child.fullName()));
            List<RecordAccess> log = queryGateway.query(new FindChildAccessLogQuery(childId),
                    ResponseTypes.multipleInstancesOf(RecordAccess.class)).get(10, TimeUnit.SECONDS);
            about.setText(log.size() + (log.size() == 1 ? " opening" : " openings")
                    + " of this child's chronology, missing episodes or record, including any duplicate record "
                    + "merged into it. Viewing this log is not itself logged as an opening of the record.");
            grid.setItems(log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            about.setText("The access log could not be loaded just now. Please try again.");
        } catch (Exception e) {
            about.setText("The access log could not be loaded just now. Please try again.");
        }
    }
}
