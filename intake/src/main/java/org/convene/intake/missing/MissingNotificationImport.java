package org.convene.intake.missing;

import static org.convene.intake.csv.Column.*;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.Failures;
import org.convene.intake.Intake;
import org.convene.intake.IntakeChild;
import org.convene.intake.csv.ChildColumns;
import org.convene.intake.csv.CsvRow;
import org.convene.intake.csv.ImportFileException;
import org.convene.intake.csv.ImportPermission;
import org.convene.intake.csv.ProgressListener;
import org.convene.intake.missing.MissingImportReport.RowOutcome;
import org.convene.intake.missing.MissingNotificationFile.Notification;
import org.convene.intake.referral.ImportReport.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/**
 * Imports a police missing-notification file ({@link MissingNotificationFile}) as the signed-in
 * user, each episode through {@link Intake}: a bad row records nothing, the child is the existing
 * record with exactly its name and date of birth or a new record, importing the same file again
 * records nothing twice, and a row whose episode was recorded earlier but whose return is new
 * records the return.
 */
@Service
public class MissingNotificationImport {

    static final String RETURN_ALREADY_RECORDED = "The child's return is already recorded.";

    private static final Logger log = LoggerFactory.getLogger(MissingNotificationImport.class);

    private final Intake intake;
    private final CommandGateway commands;
    private final ImportPermission permission;

    public MissingNotificationImport(Intake intake, CommandGateway commands, ImportPermission permission) {
        this.intake = intake;
        this.commands = commands;
        this.permission = permission;
    }

    /** Imports the file as the user signed in on this thread; {@link ImportFileException} for an unusable file. */
    public MissingImportReport importCsv(Reader reader, ProgressListener progress) {
        permission.require();
        List<Notification> rows = MissingNotificationFile.read(reader, GenericEventMessage.clock.instant());
        List<RowOutcome> outcomes = new ArrayList<>();
        for (Notification row : rows) {
            outcomes.add(importRow(row));
            progress.progress(outcomes.size(), rows.size());
        }
        return MissingImportReport.of(rows.size(), outcomes);
    }

    private RowOutcome importRow(Notification n) {
        String childName = n.row().get(CHILD_NAME.header());
        String episodeId = n.episode().episodeId();
        if (n.refused()) {
            return new RowOutcome(n.row().number(), n.reference() == null
                    ? CsvRow.shorten(n.row().get(POLICE_REFERENCE.header())) : n.reference(),
                    episodeId, childName, Outcome.REFUSED, false, false, List.copyOf(n.row().problems()));
        }
        boolean episodeRecorded = false;
        try {
            try {
                intake.reportMissing(n.episode(), IntakeChild.matchOrRegister(n.child()));
                episodeRecorded = true;
            } catch (RuntimeException e) {
                if (!(Failures.unwrap(e) instanceof AggregateStreamCreationException)) {
                    throw e;
                }
                // the episode was recorded by an earlier import
            }
            boolean returnRecorded = n.childReturned() != null && recordReturn(n);
            if (episodeRecorded || returnRecorded) {
                List<String> notes = !episodeRecorded
                        ? List.of("The episode was recorded by an earlier import; its return is recorded now.")
                        : List.of();
                return new RowOutcome(n.row().number(), n.reference(), episodeId, childName, Outcome.RECORDED,
                        episodeRecorded, returnRecorded, notes);
            }
            return new RowOutcome(n.row().number(), n.reference(), episodeId, childName, Outcome.ALREADY_RECORDED,
                    false, false, List.of("This notification was recorded by an earlier import; nothing was "
                    + "recorded twice."));
        } catch (RuntimeException e) {
            Throwable cause = Failures.unwrap(e);
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                throw (RuntimeException) cause;
            }
            List<String> reasons = new ArrayList<>();
            if (episodeRecorded) {
                reasons.add("The episode was recorded, but not its return:");
            }
            if (cause instanceof CommandRejectedException rejected) {
                reasons.addAll(rejected.problems());
            } else {
                log.error("Import of police missing reference {} failed", n.reference(), e);
                reasons.add("It could not be recorded because of a system error (" + cause.getClass().getSimpleName()
                        + "). Import the file again later: nothing is recorded twice.");
            }
            return new RowOutcome(n.row().number(), n.reference(), episodeId, childName,
                    episodeRecorded ? Outcome.RECORDED : Outcome.REFUSED, episodeRecorded, false, reasons);
        }
    }

    /** True when this import recorded the return; false when an earlier one had. */
    private boolean recordReturn(Notification n) {
        try {
            commands.sendAndWait(n.childReturned());
            return true;
        } catch (RuntimeException e) {
            if (Failures.unwrap(e) instanceof CommandRejectedException rejected
                    && rejected.problems().equals(List.of(RETURN_ALREADY_RECORDED))) {
                return false;
            }
            throw e;
        }
    }
}
