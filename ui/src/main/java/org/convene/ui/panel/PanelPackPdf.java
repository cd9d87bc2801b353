package org.convene.ui.panel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.convene.query.chronology.api.ChronologyFilter;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.audit.api.AccessedRecord;
import org.convene.query.panel.api.DriftFlag;
import org.convene.query.panel.api.FindPanelAgendaQuery;
import org.convene.query.panel.api.FindPanelCaseQuery;
import org.convene.query.panel.api.PanelAgenda;
import org.convene.query.panel.api.PanelCaseDetails;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.UserMessages;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;

/**
 * The panel pack for a meeting, as PDF (decision 0008): the agenda with attendance and deferred
 * items, then for each young person on the agenda a summary (risk history, referrals, actions by
 * heading, places and peer groups) and their chronology in the order things happened. Written as
 * XHTML with a print stylesheet and laid out by openhtmltopdf with the built-in PDF fonts. Read
 * with the requesting user's rights (the queries go through the same authorisation).
 */
@Component
public class PanelPackPdf {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(Formats.UK);
    private static final String CSS = """
            @page { size: A4; margin: 18mm 14mm 18mm 14mm;
                    @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }
                    @top-left { content: "OFFICIAL-SENSITIVE: exploitation panel pack"; font-size: 8pt; } }
            body { font-family: Helvetica, sans-serif; font-size: 9pt; }
            h1 { font-size: 16pt; margin: 0 0 4pt 0; }
            h2 { font-size: 13pt; margin: 14pt 0 4pt 0; }
            h3 { font-size: 10.5pt; margin: 8pt 0 3pt 0; }
            table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            th, td { border: 0.5pt solid #999; padding: 2pt 3pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            .young-person { page-break-before: always; }
            .flag { color: #a00; font-weight: bold; }
            """;

    private final QueryGateway queries;
    private final AgencyNames agencyNames;

    public PanelPackPdf(QueryGateway queryGateway, AgencyNames agencyNames) {
        this.queries = queryGateway;
        this.agencyNames = agencyNames;
    }

    /** The file name of a meeting's pack. */
    public static String fileName(PanelAgenda agenda) {
        return "panel-pack-" + agenda.meeting().meetingDate() + ".pdf";
    }

    /** A link that makes the meeting's pack when followed (what went wrong, as text, if it cannot). */
    Anchor downloadLink(String meetingId, PanelAgenda agenda) {
        StreamResource resource = new StreamResource(fileName(agenda), () -> {
            try {
                return new ByteArrayInputStream(render(meetingId));
            } catch (Exception e) {
                return new ByteArrayInputStream(("The panel pack could not be made: "
                        + String.join(" ", UserMessages.problems(e))).getBytes(StandardCharsets.UTF_8));
            }
        });
        resource.setContentType("application/pdf");
        Anchor anchor = new Anchor(resource, "Download the panel pack (PDF)");
        anchor.getElement().setAttribute("download", true);
        anchor.setId("download-panel-pack");
        return anchor;
    }

    public byte[] render(String meetingId) throws Exception {
        PanelAgenda agenda = queries.query(new FindPanelAgendaQuery(meetingId), ResponseTypes.instanceOf(PanelAgenda.class))
                .get(30, TimeUnit.SECONDS);
        if (agenda == null) {
            throw new IllegalArgumentException("There is no panel meeting " + meetingId + ".");
        }
        Map<String, String> agencies = agencyNames.all();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>Panel pack</title><style>")
                .append(CSS).append("</style></head><body>");
        agendaSection(html, agenda, agencies);
        for (PanelAgenda.Item item : agenda.items()) {
            PanelCaseDetails details = queries.query(new FindPanelCaseQuery(item.childId()),
                    ResponseTypes.instanceOf(PanelCaseDetails.class)).get(30, TimeUnit.SECONDS);
            // an audited read: each young person's chronology in the pack is logged as opened for the panel
            List<ChronologyEntry> chronology = new ArrayList<>(queries.query(new FindChildChronologyQuery(
                    item.childId(), AccessPurpose.PANEL, AccessedRecord.PANEL_PACK),
                    ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).get(30, TimeUnit.SECONDS));
            chronology.sort(ChronologyFilter.TIME_ORDER);
            youngPerson(html, item, details, chronology, agencies);
        }
        html.append("</body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void agendaSection(StringBuilder h, PanelAgenda agenda, Map<String, String> agencies) {
        var m = agenda.meeting();
        h.append("<h1>Exploitation panel: ").append(esc(Formats.date(m.meetingDate()))).append("</h1>");
        h.append("<p>Chair: ").append(esc(m.chairName()));
        if (m.startTime() != null) {
            h.append(". Starts ").append(m.startTime());
        }
        if (m.location() != null) {
            h.append(". ").append(esc(m.location()));
        }
        h.append(".</p>");
        h.append("<p>Present: ").append(esc(agenda.agenciesPresent().isEmpty() ? "not recorded yet"
                : AgencyNames.names(agencies, agenda.agenciesPresent())));
        if (!agenda.apologies().isEmpty()) {
            h.append(". Apologies: ").append(esc(AgencyNames.names(agencies, agenda.apologies())));
        }
        h.append(".</p><h2>Agenda</h2>");
        List<PanelAgenda.Item> items = agenda.items();
        tableOrNone(h, items.isEmpty(), "No young person is on the agenda.", "<th>#</th><th>Young person</th>"
                + "<th>Why on the agenda</th><th>Risk</th><th>Next review</th><th>Drift</th>", () -> {
            for (int n = 1; n <= items.size(); n++) {
                PanelAgenda.Item item = items.get(n - 1);
                h.append("<tr><td>").append(n).append("</td><td>").append(esc(item.childName()))
                        .append(item.dateOfBirth() == null ? "" : " (born " + esc(Formats.date(item.dateOfBirth())) + ")")
                        .append("</td><td>").append(esc(item.reason().label()))
                        .append(item.note() == null ? "" : ": " + esc(item.note()))
                        .append("</td><td>").append(esc(item.riskLevel() == null ? "Not assessed" : item.riskLevel().label()))
                        .append("</td><td>").append(esc(Formats.date(item.nextReviewDate())))
                        .append("</td><td class=\"flag\">").append(esc(flags(item.driftFlags()))).append("</td></tr>");
            }
        });
        if (!agenda.deferred().isEmpty()) {
            h.append("<h3>Deferred</h3><ul>");
            agenda.deferred().forEach(d -> h.append("<li>").append(esc(d.childName())).append(": ")
                    .append(esc(d.reason())).append("</li>"));
            h.append("</ul>");
        }
    }

    private void youngPerson(StringBuilder h, PanelAgenda.Item item, PanelCaseDetails c,
                             List<ChronologyEntry> chronology, Map<String, String> agencies) {
        h.append("<div class=\"young-person\"><h2>").append(esc(item.childName())).append("</h2>");
        if (c != null) {
            h.append("<p>").append(c.dateOfBirth() == null ? "" : "Born " + esc(Formats.date(c.dateOfBirth())) + ". ")
                    .append("Risk level: ").append(esc(c.riskLevel() == null ? "not assessed" : c.riskLevel().label()))
                    .append(". Exploitation: ").append(esc(c.exploitationTypes().isEmpty() ? "not yet identified"
                            : c.exploitationTypes().stream().map(ExploitationType::label).collect(Collectors.joining(", "))))
                    .append(". Referred ").append(esc(dateTime(c.referredAt()))).append(". Next review: ")
                    .append(esc(c.nextReviewDate() == null ? "not set" : Formats.date(c.nextReviewDate())))
                    .append(".</p>");
            if (!c.driftFlags().isEmpty()) {
                h.append("<p class=\"flag\">Drift: ").append(esc(flags(c.driftFlags()))).append("</p>");
            }
            h.append("<h3>Risk history</h3><ul>");
            c.riskHistory().forEach(r -> h.append("<li>").append(esc(Formats.date(r.on()))).append(": ")
                    .append(esc(r.riskLevel().label())).append(" (").append(esc(r.source())).append(")</li>"));
            h.append("</ul><h3>Referrals and concerns</h3><ul>");
            c.referrals().forEach(r -> h.append("<li>").append(esc(dateTime(r.referredAt()))).append(", ")
                    .append(esc(r.source().label())).append(": ").append(esc(r.reason())).append("</li>"));
            h.append("</ul>");
            if (!c.placesOfConcern().isEmpty() || !c.peerGroupsOfConcern().isEmpty()) {
                h.append("<p>Places of concern: ").append(esc(String.join("; ", c.placesOfConcern())))
                        .append(". Peer groups of concern: ").append(esc(String.join("; ", c.peerGroupsOfConcern())))
                        .append(".</p>");
            }
            h.append("<h3>Actions</h3>");
            tableOrNone(h, c.actions().isEmpty(), "No actions yet.",
                    "<th>Heading</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th>", () -> {
                for (ActionHeading heading : ActionHeading.values()) {
                    c.actions().stream().filter(a -> a.heading() == heading).forEach(a -> h.append("<tr><td>")
                            .append(esc(heading.label())).append("</td><td>").append(esc(a.description()))
                            .append("</td><td>").append(esc(AgencyNames.name(agencies, a.ownerAgencyId())))
                            .append("</td><td>").append(esc(Formats.date(a.dueDate()))).append("</td><td>")
                            .append(esc(status(a))).append("</td></tr>"));
                }
            });
        }
        h.append("<h3>Chronology</h3>");
        tableOrNone(h, chronology.isEmpty(), "Nothing recorded.", "<th style=\"width:22%\">Happened</th>"
                + "<th style=\"width:18%\">Agency</th><th>What</th>", () -> {
            for (ChronologyEntry e : chronology) {
                h.append("<tr><td>").append(esc(dateTime(e.occurredAt()))).append("</td><td>")
                        .append(esc(AgencyNames.name(agencies, e.agencyId()))).append("</td><td>")
                        .append(esc(e.summary())).append("</td></tr>");
            }
        });
        h.append("</div>");
    }

    /**
     * A table under a heading row of these cells, its rows written by {@code rows}; or, when there is
     * nothing to list, the words that say so.
     */
    private static void tableOrNone(StringBuilder h, boolean nothing, String none, String headingCells,
                                    Runnable rows) {
        if (nothing) {
            h.append("<p>").append(none).append("</p>");
            return;
        }
        h.append("<table><thead><tr>").append(headingCells).append("</tr></thead><tbody>");
        rows.run();
        h.append("</tbody></table>");
    }

    private static String status(PanelCaseDetails.Action a) {
        return switch (a.status()) {
            case "DONE" -> "Done " + Formats.date(a.completedOn());
            case "WITHDRAWN" -> "Withdrawn at closure";
            default -> a.overdue() ? "Overdue" : "Open";
        };
    }

    private static String flags(java.util.Set<DriftFlag> flags) {
        return flags.stream().map(DriftFlag::label).collect(Collectors.joining(", "));
    }

    private static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** Escapes for XHTML and keeps to characters the built-in PDF fonts have. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\u2026' -> s.append("...");
                case '\u2013', '\u2014' -> s.append('-');
                case '\u2018', '\u2019' -> s.append('\'');
                case '\u201c', '\u201d' -> s.append("&quot;");
                default -> {
                    if (ch < 0x20 && ch != '\n' && ch != '\t') {
                        s.append(' ');
                    } else if (ch > 0xff) {
                        s.append('?');
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        return s.toString();
    }
}
