package org.convene.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.ChildRules;
import org.convene.coordination.child.api.FindRegisteredChildrenQuery;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.child.api.RegisteredChild;
import org.convene.coordination.missing.api.MissingEpisodeRules;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.ReferralRules;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.Failures;
import org.convene.coordination.shared.api.TextRules;
import org.springframework.stereotype.Service;

/**
 * The one path from an intake to the records, for the forms, the REST API and both imports: check
 * the whole referral or missing notification and its children against the rules of coordination's
 * {@code api} (nothing is sent when anything is wrong, and every problem is listed), match or
 * register each child, then receive the referral or report the episode.
 *
 * <p>Whether a described child already has a record is decided on the write side ({@link
 * FindRegisteredChildrenQuery}): a child registered a moment ago is found, however far behind the
 * read models are (decision 0024).
 */
@Service
public class Intake {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public Intake(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The current records with exactly this name and date of birth, as the write side knows them now. */
    public List<RegisteredChild> registeredChildren(String fullName, LocalDate dateOfBirth) {
        if (fullName == null || fullName.isBlank() || dateOfBirth == null) {
            return List.of();
        }
        return queries.query(new FindRegisteredChildrenQuery(fullName, dateOfBirth),
                ResponseTypes.multipleInstancesOf(RegisteredChild.class)).join();
    }

    /** Every problem with the referral and its children, in words for the person; nothing is sent. */
    public List<String> referralProblems(ReceiveReferralCommand referral, List<IntakeChild> children) {
        Instant now = now();
        List<String> problems = new ArrayList<>(childProblems(children, now));
        problems.addAll(ReferralRules.receiptProblems(withChildren(referral,
                children.stream().map(IntakeChild::provisionalId).toList()), now));
        return problems.stream().distinct().toList();
    }

    /**
     * Records the referral about these children (the command's own child ids are replaced by
     * theirs) and answers its id. Throws {@link CommandRejectedException} listing every problem when
     * anything is wrong, before sending anything.
     */
    public String receiveReferral(ReceiveReferralCommand referral, List<IntakeChild> children) {
        throwIfAny(referralProblems(referral, children));
        List<String> childIds = new ArrayList<>();
        for (IntakeChild child : children) {
            childIds.add(matchOrRegister(child));
        }
        commands.sendAndWait(withChildren(referral, childIds));
        return referral.referralId();
    }

    /** Every problem with the missing notification and its child; nothing is sent. */
    public List<String> missingProblems(ReportMissingEpisodeCommand report, IntakeChild child) {
        Instant now = now();
        List<String> problems = new ArrayList<>(childProblems(List.of(child), now));
        problems.addAll(MissingEpisodeRules.reportProblems(report, now));
        return problems.stream().distinct().toList();
    }

    /** Reports the episode of this child (the command's child id is replaced by the child's) and answers its id. */
    public String reportMissing(ReportMissingEpisodeCommand report, IntakeChild child) {
        throwIfAny(missingProblems(report, child));
        String childId = matchOrRegister(child);
        commands.sendAndWait(new ReportMissingEpisodeCommand(report.episodeId(), childId, report.missingFrom(),
                report.careAbsenceType(), report.lastSeenAt(), report.policeReference(), report.riskLevel(),
                report.reportedBy(), report.circumstances(), report.lastKnownLocation()));
        return report.episodeId();
    }

    /** A new child record (the REST API's registration, after its caller looked at the likely matches). */
    public String registerChild(RegisterChildCommand registration) {
        throwIfAny(childProblems(List.of(IntakeChild.newRecord(registration)), now()));
        commands.sendAndWait(registration);
        return registration.childId();
    }

    private static List<String> childProblems(List<IntakeChild> children, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, TextRules.UK);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof IntakeChild.Described described) {
                String prefix = children.size() > 1 ? "Child " + (i + 1) + ": " : "";
                ChildRules.registrationProblems(described.registration(), today)
                        .forEach(p -> problems.add(prefix + p));
            }
        }
        return problems;
    }

    private String matchOrRegister(IntakeChild child) {
        if (child instanceof IntakeChild.Existing existing) {
            return existing.childId();
        }
        IntakeChild.Described described = (IntakeChild.Described) child;
        RegisterChildCommand registration = described.registration();
        if (described.matchExisting()) {
            List<RegisteredChild> exact = registeredChildren(registration.fullName(), registration.dateOfBirth());
            if (exact.size() == 1) {
                return exact.get(0).childId();
            }
        }
        try {
            commands.sendAndWait(registration);
        } catch (RuntimeException e) {
            if (!(Failures.unwrap(e) instanceof AggregateStreamCreationException)) {
                throw e;
            }
            // made by an earlier try of this same intake (a retried form, a re-imported file)
        }
        return registration.childId();
    }

    private static ReceiveReferralCommand withChildren(ReceiveReferralCommand c, List<String> childIds) {
        return new ReceiveReferralCommand(c.referralId(), c.receivedAt(), c.sourceCode(), c.type(), c.incidentDate(),
                childIds, c.adults(), c.concernCodes(), c.dashLevel(), c.narrative(), c.urgent(),
                c.externalReference());
    }

    private static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new CommandRejectedException(problems);
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
