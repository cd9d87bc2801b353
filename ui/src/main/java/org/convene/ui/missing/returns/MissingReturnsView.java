package org.convene.ui.missing.returns;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.missing.api.MissingExport;
import org.convene.ui.MainLayout;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/** Download the DfE missing returns (SSDA903 missing table, Annex A list 8) for a period. */
@Route(value = "missing/returns", layout = MainLayout.class)
@PageTitle("Missing returns | Convene")
@Menu(title = "Missing returns (DfE)")
@RolesAllowed({Roles.MEETING_CHAIR, Roles.ADMINISTRATOR})
public class MissingReturnsView extends Main {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (inclusive)");
    final Div problem = new Div();
    private final QueryGateway queries;

    public MissingReturnsView(QueryGateway queries) {
        this.queries = queries;
        addClassNames(LumoUtility.Padding.MEDIUM);
        LocalDate today = Formats.today();
        // The reporting year the DfE returns cover: 1 April to 31 March.
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        from.setValue(yearStart);
        to.setValue(yearStart.plusYears(1).minusDays(1));
        from.setLocale(Locale.UK);
        to.setLocale(Locale.UK);
        from.setId("returns-from");
        to.setId("returns-to");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");

        Anchor ssda903 = download("ssda903-missing.csv", "Download the SSDA903 missing table (CSV)",
                MissingReturnsCsv::ssda903);
        ssda903.setId("download-ssda903");
        Anchor annexA = download("annex-a-list-8.csv", "Download Annex A list 8 (CSV)", MissingReturnsCsv::annexAList8);
        annexA.setId("download-annex-a");

        add(new H1("Missing returns"),
                new Paragraph("The DfE missing returns for a period, following the definitions in "
                        + "docs/missing-returns.md: the SSDA903 missing table for looked-after children (CHILD, DOB, "
                        + "MISSING, MIS_START, MIS_END; an episode still open at the end of the period has no end "
                        + "date) and Ofsted Annex A list 8 (missing and away episodes, and whether a return interview "
                        + "was offered and accepted after the last one)."),
                new HorizontalLayout(from, to), problem, new Div(ssda903), new Div(annexA));
    }

    private Anchor download(String fileName, String label, Function<MissingExport, String> format) {
        StreamResource resource = new StreamResource(fileName, () -> {
            try {
                MissingExport export = MissingReturnsController.export(queries, from.getValue(), to.getValue());
                getUI().ifPresent(ui -> ui.access(() -> problem.setText("")));
                return new ByteArrayInputStream(format.apply(export).getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                String message = String.join(" ", UserMessages.problems(e));
                getUI().ifPresent(ui -> ui.access(() -> problem.setText(message)));
                return new ByteArrayInputStream(("Not exported: " + message).getBytes(StandardCharsets.UTF_8));
            }
        });
        resource.setContentType("text/csv;charset=UTF-8");
        Anchor anchor = new Anchor(resource, label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
