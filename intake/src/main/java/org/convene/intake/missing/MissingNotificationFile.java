package org.convene.intake.missing;


import static org.convene.intake.csv.Column.*;

import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.coordination.child.api.ChildRules;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingEpisodeRules;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.shared.api.TextRules;
import org.convene.intake.IntakeChild;
import org.convene.intake.csv.ChildColumns;
import org.convene.intake.csv.Column;
import org.convene.intake.csv.CsvFile;
import org.convene.intake.csv.CsvRow;
import org.convene.intake.csv.DerivedIds;

/**
 * A police missing-notification file read into commands, without sending anything (the format is
 * in {@code docs/csv-import.md}): one row is one missing episode, with its return when {@code
 * returned_at} is given. Each row is checked whole against coordination's rules; the episode id is
 * derived from the police reference and the child's from the reference, name and date of birth.
 */
public final class MissingNotificationFile {


    public static final List<String> COLUMNS = Column.headers(POLICE_REFERENCE, CHILD_NAME, CHILD_DOB, CHILD_SEX,
            CHILD_ETHNICITY, CHILD_LOCALITY, CHILD_NHS_NUMBER, LOOKED_AFTER, MISSING_FROM, CARE_TYPE, LAST_SEEN_AT,
            RISK_LEVEL, REPORTED_BY, CIRCUMSTANCES, LAST_KNOWN_LOCATION, RETURNED_AT, WHERE_FOUND, FOUND_BY);
    static final List<String> REQUIRED_COLUMNS = Column.headers(POLICE_REFERENCE, CHILD_NAME, MISSING_FROM,
            LAST_SEEN_AT, RISK_LEVEL);

    /** One row of the file: the commands that record it (the return only when given), and its problems. */
    public record Notification(CsvRow row, String reference, RegisterChildCommand child,
                               ReportMissingEpisodeCommand episode, RecordChildReturnedCommand childReturned) {

        public boolean refused() {
            return row.hasProblems();
        }
    }

    private MissingNotificationFile() {
    }

    public static List<Notification> read(Reader reader, Instant now) {
        return parse(CsvFile.read(reader, COLUMNS, REQUIRED_COLUMNS), now);
    }

    static List<Notification> parse(List<CsvRow> rows, Instant now) {
        List<Notification> notifications = rows.stream().map(row -> notification(row, now)).toList();
        Map<String, Notification> seen = new LinkedHashMap<>();
        for (Notification n : notifications) {
            Notification earlier = n.reference() == null ? null : seen.putIfAbsent(n.reference(), n);
            if (earlier != null) {
                n.row().problem("The police reference is already on row " + earlier.row().number()
                        + " (one row is one missing episode).");
            }
        }
        return notifications;
    }

    /** The derived episode id of a police missing reference: the same reference always gives the same id. */
    public static String episodeIdFor(String policeReference) {
        return DerivedIds.of("police-missing", policeReference);
    }

    /** The derived id of a child named in the file: reference, normalised name and date of birth. */
    public static String childIdFor(String policeReference, String childName, LocalDate dateOfBirth) {
        return DerivedIds.ofChild("police-missing-child", policeReference, childName, dateOfBirth);
    }

    private static Notification notification(CsvRow row, Instant now) {
        String reference = row.reference(POLICE_REFERENCE.header());
        MissingFrom from = row.choice(MISSING_FROM.header(), MissingFrom.values(), MissingFrom::label,
                "The missing_from value", "home or care");
        if (row.get(MISSING_FROM.header()).isEmpty()) {
            row.problem("Where the child went missing from (missing_from) is missing: home or care.");
        }
        Boolean lookedAfter = row.yesNo(LOOKED_AFTER.header());
        if (Boolean.FALSE.equals(lookedAfter) && from == MissingFrom.CARE) {
            row.problem("A child missing from care is looked after: looked_after cannot be no.");
        }
        RegisterChildCommand described = ChildColumns.read(row, null,
                lookedAfter == null ? from == MissingFrom.CARE : lookedAfter);
        RegisterChildCommand child = IntakeChild.withId(described, reference == null ? null
                : childIdFor(reference, described.fullName(), described.dateOfBirth()));
        CareAbsenceType careType = row.choice(CARE_TYPE.header(), CareAbsenceType.values(), CareAbsenceType::name,
                "The care_type", "M missing, A away from placement without authorisation");
        if (row.get(CARE_TYPE.header()).isEmpty() && from == MissingFrom.CARE) {
            row.problem("For a child missing from care the care_type is required: M (missing) or A (away from "
                    + "placement without authorisation).");
        }
        Instant lastSeen = row.instant(LAST_SEEN_AT.header(), "last seen date and time");
        if (row.get(LAST_SEEN_AT.header()).isEmpty()) {
            row.problem("When the child was last seen (last_seen_at) is missing.");
        }
        MissingRiskLevel risk = row.choice(RISK_LEVEL.header(), MissingRiskLevel.values(), MissingRiskLevel::label,
                "The risk level", "no apparent risk, low, medium or high");
        if (row.get(RISK_LEVEL.header()).isEmpty()) {
            row.problem("The police risk level (risk_level) is missing.");
        }
        ReportMissingEpisodeCommand episode = new ReportMissingEpisodeCommand(
                reference == null ? null : episodeIdFor(reference), child.childId(), from, careType, lastSeen,
                reference, risk, row.text(REPORTED_BY.header()), row.text(CIRCUMSTANCES.header()),
                row.text(LAST_KNOWN_LOCATION.header()));
        Instant returnedAt = row.instant(RETURNED_AT.header(), "returned date and time");
        RecordChildReturnedCommand childReturned = null;
        if (!row.get(RETURNED_AT.header()).isEmpty()) {
            childReturned = new RecordChildReturnedCommand(episode.episodeId(), returnedAt,
                    row.text(WHERE_FOUND.header()), row.text(FOUND_BY.header()), null);
        } else if (row.text(WHERE_FOUND.header()) != null || row.text(FOUND_BY.header()) != null) {
            row.problem("where_found and found_by need the returned date and time (returned_at).");
        }
        if (!row.hasProblems()) {
            row.problems().addAll(ChildRules.registrationProblems(child, LocalDate.ofInstant(now, TextRules.UK)));
            row.problems().addAll(MissingEpisodeRules.reportProblems(episode, now));
            if (childReturned != null) {
                row.problems().addAll(MissingEpisodeRules.returnProblems(childReturned, lastSeen, now));
            }
        }
        return new Notification(row, reference, child, episode, childReturned);
    }
}
