package org.convene.ui.operations;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.infra.deadline.MongoDeadlineManager;
import org.convene.infra.deadline.MongoDeadlineManager.DeadLetteredDeadline;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The clocks (deadlines such as "return interview within 72 hours") that could not be read when
 * due and are kept aside instead of being lost (decision 0019), with Retry once the cause is fixed.
 * Part of the "Events set aside" screen.
 */
class ClocksSetAside extends Div {

    private static final Pattern EPISODE = Pattern.compile("\"episodeId\"\\s*:\\s*\"([^\"]+)\"");

    final Grid<DeadLetteredDeadline> clocks = new Grid<>(DeadLetteredDeadline.class, false);
    final Div message = new Div();

    private final MongoDeadlineManager deadlines;

    ClocksSetAside(MongoDeadlineManager deadlines) {
        this.deadlines = deadlines;
        message.setId("clocks-message");
        message.getElement().setAttribute("role", "status");
        clocks.setId("clocks-set-aside");
        clocks.addColumn(d -> clockName(d.name())).setHeader("Clock").setAutoWidth(true);
        clocks.addColumn(ClocksSetAside::concerns).setHeader("Concerns").setAutoWidth(true);
        clocks.addColumn(d -> Formats.dateTime(d.dueAt())).setHeader("Was due").setAutoWidth(true);
        clocks.addColumn(d -> firstLine(d.error())).setHeader("What went wrong").setFlexGrow(3);
        clocks.addColumn(d -> Formats.dateTime(d.deadLetteredAt())).setHeader("Set aside").setAutoWidth(true);
        clocks.addComponentColumn(d -> {
            Button retry = new Button("Retry", e -> retry(d));
            retry.getElement().setAttribute("aria-label", "Retry " + clockName(d.name()));
            return retry;
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        clocks.setAllRowsVisible(true);
        clocks.getElement().setAttribute("aria-label", "Clocks set aside");
        add(new H2("Clocks set aside"),
                new Paragraph("A clock (such as the 72 hours for a return interview) that could not be read when it "
                        + "was due is kept here, not lost. Once the cause is fixed, choose Retry: it runs at once "
                        + "and does what it would have done when due."),
                message, clocks);
        refresh();
    }

    void refresh() {
        List<DeadLetteredDeadline> shown = deadlines.deadLetteredDeadlines();
        clocks.setItems(shown);
        clocks.setVisible(!shown.isEmpty());
        if (shown.isEmpty() && message.getText().isEmpty()) {
            message.setText("No clocks are set aside.");
        }
    }

    List<DeadLetteredDeadline> shown() {
        return clocks.getGenericDataView().getItems().toList();
    }

    void retry(DeadLetteredDeadline clock) {
        boolean back = deadlines.retryDeadLettered(clock.scheduleId());
        message.setText(back ? clockName(clock.name()) + " will run within a few seconds. If it still cannot be "
                + "read it comes back here with the latest error."
                : "That clock is no longer set aside: it was retried meanwhile.");
        refresh();
    }

    static String clockName(String name) {
        return "return-interview-due".equals(name) ? "Return interview due (72 hours)" : name;
    }

    static String concerns(DeadLetteredDeadline d) {
        Matcher episode = d.payload() == null ? null : EPISODE.matcher(d.payload());
        return episode != null && episode.find() ? "Missing episode " + episode.group(1) : "";
    }

    private static String firstLine(String error) {
        if (error == null) {
            return "";
        }
        int end = error.indexOf('\n');
        return end < 0 ? error : error.substring(0, end);
    }
}
