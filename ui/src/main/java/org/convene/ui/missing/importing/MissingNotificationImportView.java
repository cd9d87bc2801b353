package org.convene.ui.missing.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.convene.coordination.shared.api.Roles;
import org.convene.ui.MainLayout;
import org.convene.ui.missing.importing.MissingImportReport.RowOutcome;
import org.convene.ui.referral.importing.ImportFileException;
import org.convene.ui.shared.UserMessages;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/**
 * Import a police missing-notification file: upload the CSV, watch the rows being processed, read
 * what was recorded, what was already there and what was refused and why, row by row.
 */
@Route(value = "missing/import", layout = MainLayout.class)
@PageTitle("Import missing notifications | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR})
public class MissingNotificationImportView extends Main {

    public static final List<String> ROLES = List.of(Roles.SCREENER, Roles.MEETING_CHAIR);
    static final int MAX_UPLOAD_BYTES = MissingNotificationImport.MAX_CHARACTERS;

    private final MissingNotificationImport missingImport;
    private final MemoryBuffer buffer = new MemoryBuffer();
    final Upload upload = new Upload(buffer);
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Grid<RowOutcome> grid = new Grid<>(RowOutcome.class, false);
    private ExecutorService worker;

    public MissingNotificationImportView(MissingNotificationImport missingImport) {
        this.missingImport = missingImport;
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        setHeightFull();

        H1 title = new H1("Import missing notifications");
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        Paragraph help = new Paragraph("Upload the police missing-notification file (CSV, one row per missing "
                + "episode, with the return when the child has been found). Episodes and returns already recorded "
                + "are not recorded again, and a row with a problem is not recorded at all.");

        upload.setId("import-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setDropLabel(new Span("Drop the CSV file here"));
        upload.addSucceededListener(e -> {
            byte[] bytes;
            try (var in = buffer.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (java.io.IOException ex) {
                status.setText("The file could not be read. Nothing was recorded.");
                return;
            }
            start(e.getFileName(), bytes);
        });
        upload.addFileRejectedListener(e -> status.setText("The file was not accepted: " + e.getErrorMessage()));

        progress.setId("import-progress");
        progress.setVisible(false);
        status.setId("import-status");
        status.getElement().setAttribute("role", "status");
        summary.setId("import-summary");
        summary.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);

        grid.setId("import-report");
        grid.setAriaLabel("The rows of the file and what happened to each");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RowOutcome::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowOutcome::policeReference).setHeader("Police reference").setAutoWidth(true);
        grid.addColumn(RowOutcome::childName).setHeader("Child").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> {
            Span badge = new Span(r.outcome().label());
            badge.getElement().getThemeList().add(switch (r.outcome()) {
                case RECORDED -> "badge success";
                case ALREADY_RECORDED -> "badge contrast";
                case REFUSED -> "badge error";
            });
            return badge;
        })).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> String.join(" ", r.problems())).setHeader("Why").setFlexGrow(3);
        grid.setEmptyStateText("Upload a file to see its rows here.");
        grid.setSizeFull();

        add(title, help, upload, progress, status, summary, grid);
    }

    /** Imports in a background thread as the logged-in user, pushing progress to the page. */
    void start(String fileName, byte[] bytes) {
        UI ui = UI.getCurrent();
        upload.setVisible(false);
        progress.setVisible(true);
        progress.setValue(0);
        summary.setText("");
        grid.setItems(List.of());
        status.setText("Importing " + fileName + "…");
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "missing-notification-import");
                t.setDaemon(true);
                return t;
            });
        }
        Runnable task = () -> {
            try {
                MissingImportReport report = missingImport.importCsv(
                        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                        (done, total) -> ui.access(() -> {
                            progress.setValue(total == 0 ? 1 : (double) done / total);
                            status.setText(done + " of " + total + " rows processed…");
                        }));
                ui.access(() -> show(fileName, report));
            } catch (ImportFileException e) {
                ui.access(() -> failed(String.join(" ", e.problems()) + " Nothing was recorded."));
            } catch (RuntimeException e) {
                ui.access(() -> failed(String.join(" ", UserMessages.problems(e))));
            }
        };
        worker.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private void show(String fileName, MissingImportReport report) {
        progress.setValue(1);
        progress.setVisible(false);
        upload.clearFileList();
        upload.setVisible(true);
        status.setText(fileName + ": " + report.rowsRead() + " rows read.");
        summary.setText(plural(report.recorded(), "missing episode") + " recorded, "
                + plural(report.returnsRecorded(), "return") + " recorded, " + report.alreadyRecorded()
                + " already recorded, " + report.refused() + " refused.");
        grid.setItems(report.rows());
    }

    private void failed(String message) {
        progress.setVisible(false);
        upload.clearFileList();
        upload.setVisible(true);
        status.setText(message);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (worker != null) {
            worker.shutdown();
            worker = null;
        }
    }
}
