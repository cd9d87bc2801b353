package org.convene.intake.referral;

import static org.convene.intake.csv.Column.*;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.Failures;
import org.convene.intake.Intake;
import org.convene.intake.IntakeChild;
import org.convene.intake.csv.CsvRow;
import org.convene.intake.csv.ImportFileException;
import org.convene.intake.csv.ImportPermission;
import org.convene.intake.csv.ProgressListener;
import org.convene.intake.referral.ImportReport.Outcome;
import org.convene.intake.referral.ImportReport.ReferralOutcome;
import org.convene.intake.referral.ImportReport.RowOutcome;
import org.convene.intake.referral.PoliceNotificationFile.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/**
 * Imports a police notification file ({@link PoliceNotificationFile}) as the signed-in user, each
 * referral through {@link Intake}: a referral with a bad row records nothing, each child is the
 * existing record with exactly its name and date of birth or a new record, and importing the same
 * file again records nothing twice.
 */
@Service
public class PoliceNotificationImport {

    private static final Logger log = LoggerFactory.getLogger(PoliceNotificationImport.class);

    private final Intake intake;
    private final ImportPermission permission;

    public PoliceNotificationImport(Intake intake, ImportPermission permission) {
        this.intake = intake;
        this.permission = permission;
    }

    /** Imports the file as the user signed in on this thread; {@link ImportFileException} for an unusable file. */
    public ImportReport importCsv(Reader reader, ProgressListener progress) {
        permission.require();
        List<Notification> notifications = PoliceNotificationFile.read(reader, GenericEventMessage.clock.instant());
        int total = notifications.stream().mapToInt(n -> n.rows().size()).sum();
        List<RowOutcome> rows = new ArrayList<>();
        List<ReferralOutcome> referrals = new ArrayList<>();
        int done = 0;
        for (Notification notification : notifications) {
            if (notification.reference() == null) {
                CsvRow row = notification.rows().get(0);
                rows.add(new RowOutcome(row.number(), CsvRow.shorten(row.get(POLICE_REFERENCE.header())),
                        row.get(CHILD_NAME.header()), Outcome.REFUSED,
                        List.copyOf(row.problems())));
            } else {
                ReferralOutcome outcome = importReferral(notification);
                referrals.add(outcome);
                for (CsvRow row : notification.rows()) {
                    rows.add(new RowOutcome(row.number(), notification.reference(),
                            row.get(CHILD_NAME.header()), outcome.outcome(),
                            problemsOf(row, notification, outcome)));
                }
            }
            done += notification.rows().size();
            progress.progress(done, total);
        }
        rows.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return ImportReport.of(total, referrals, rows);
    }

    private static List<String> problemsOf(CsvRow row, Notification notification, ReferralOutcome outcome) {
        if (row.hasProblems()) {
            return List.copyOf(row.problems());
        }
        if (outcome.outcome() == Outcome.REFUSED && notification.refused()) {
            return List.of("Not recorded: another row of police reference " + notification.reference()
                    + " has problems, and a referral is recorded whole or not at all.");
        }
        return outcome.reasons();
    }

    private ReferralOutcome importReferral(Notification notification) {
        String reference = notification.reference();
        String referralId = notification.referral().referralId();
        List<Integer> numbers = notification.rows().stream().map(CsvRow::number).toList();
        if (notification.refused()) {
            List<String> reasons = new ArrayList<>();
            notification.rows().forEach(row -> row.problems()
                    .forEach(p -> reasons.add("Row " + row.number() + ": " + p)));
            return new ReferralOutcome(reference, referralId, numbers, Outcome.REFUSED, reasons);
        }
        try {
            intake.receiveReferral(notification.referral(),
                    notification.children().stream().map(IntakeChild::matchOrRegister).toList());
            return new ReferralOutcome(reference, referralId, numbers, Outcome.RECORDED, List.of());
        } catch (RuntimeException e) {
            Throwable cause = Failures.unwrap(e);
            if (cause instanceof AggregateStreamCreationException) {
                return new ReferralOutcome(reference, referralId, numbers, Outcome.ALREADY_RECORDED,
                        List.of("This notification was recorded by an earlier import; nothing was recorded twice."));
            }
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof CommandRejectedException rejected) {
                return new ReferralOutcome(reference, referralId, numbers, Outcome.REFUSED, rejected.problems());
            }
            log.error("Import of police reference {} failed", reference, e);
            return new ReferralOutcome(reference, referralId, numbers, Outcome.REFUSED,
                    List.of("It could not be recorded because of a system error (" + cause.getClass().getSimpleName()
                            + "). Import the file again later: nothing is recorded twice."));
        }
    }
}
