package org.convene.ui.referral.importing;

import org.convene.intake.csv.CsvFile;
import org.convene.intake.csv.ImportFileException;
import org.convene.intake.csv.ImportedRow;
import org.convene.intake.csv.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The screen shared by the CSV imports: upload the file, watch the rows being processed (in a
 * background thread, as the logged-in user, progress pushed to the page), then read what was
 * recorded, what was already there and what was refused and why, row by row.
 */
public abstract class CsvImportView<T extends ImportedRow> extends Main {

    /** What an import answered: how many rows, a one-line summary, and each row's outcome. */
    public record Result<T>(int rowsRead, String summary, List<T> rows) {
    }

    /** Runs the import itself, reporting progress; throws {@link ImportFileException} for an unusable file. */
    @FunctionalInterface
    public interface Importer<T> {
        Result<T> run(Reader reader, ProgressListener progress);
    }

    private final MemoryBuffer buffer = new MemoryBuffer();
    public final Upload upload = new Upload(buffer);
    public final ProgressBar progress = new ProgressBar();
    public final Paragraph status = new Paragraph();
    public final Paragraph summary = new Paragraph();
    public final Grid<T> grid = new Grid<>();
    private final String threadName;
    private final Importer<T> importer;
    private ExecutorService worker;

    /** A file of at most {@link CsvFile#MAX_CHARACTERS} bytes, imported by {@code importer} on a thread of this name. */
    protected CsvImportView(String title, String help, String threadName, Importer<T> importer) {
        this.threadName = threadName;
        this.importer = importer;
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        setHeightFull();

        H1 heading = new H1(title);
        heading.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);

        upload.setId("import-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CsvFile.MAX_CHARACTERS);
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
        grid.addColumn(ImportedRow::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportedRow::policeReference).setHeader("Police reference").setAutoWidth(true);
        grid.addColumn(ImportedRow::childName).setHeader("Child").setAutoWidth(true);
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

        add(heading, new Paragraph(help), upload, progress, status, summary, grid);
    }

    /** Imports in a background thread as the logged-in user, pushing progress to the page. */
    public void start(String fileName, byte[] bytes) {
        UI ui = UI.getCurrent();
        upload.setVisible(false);
        progress.setVisible(true);
        progress.setValue(0);
        summary.setText("");
        grid.setItems(List.of());
        status.setText("Importing " + fileName + "…");
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            });
        }
        Runnable task = () -> {
            try {
                Result<T> result = importer.run(
                        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                        (done, total) -> ui.access(() -> {
                            progress.setValue(total == 0 ? 1 : (double) done / total);
                            status.setText(done + " of " + total + " rows processed…");
                        }));
                ui.access(() -> show(fileName, result));
            } catch (ImportFileException e) {
                ui.access(() -> failed(String.join(" ", e.problems()) + " Nothing was recorded."));
            } catch (RuntimeException e) {
                ui.access(() -> failed(String.join(" ", UserMessages.problems(e))));
            }
        };
        worker.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private void show(String fileName, Result<T> result) {
        progress.setValue(1);
        progress.setVisible(false);
        upload.clearFileList();
        upload.setVisible(true);
        status.setText(fileName + ": " + result.rowsRead() + " rows read.");
        summary.setText(result.summary());
        grid.setItems(result.rows());
    }

    private void failed(String message) {
        progress.setVisible(false);
        upload.clearFileList();
        upload.setVisible(true);
        status.setText(message);
    }

    protected static String plural(int n, String word) {
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
