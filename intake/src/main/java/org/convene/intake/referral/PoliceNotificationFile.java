package org.convene.intake.referral;


import static org.convene.intake.csv.Column.*;

import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.coordination.child.api.ChildRules;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.ReferralRules;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.TextRules;
import org.convene.intake.IntakeChild;
import org.convene.intake.csv.ChildColumns;
import org.convene.intake.csv.Column;
import org.convene.intake.csv.CsvFile;
import org.convene.intake.csv.CsvRow;
import org.convene.intake.csv.DerivedIds;

/**
 * A police notification file read into commands, without sending anything (the format is in
 * {@code docs/csv-import.md}): one row per child, the rows sharing a police reference one referral.
 * Each referral is checked whole against coordination's rules; ids are derived from the police
 * reference (and the child's name and date of birth), so the same file always gives the same ids.
 */
public final class PoliceNotificationFile {

    static final String POLICE_SOURCE_CODE = "6";

    public static final List<String> COLUMNS = Column.headers(POLICE_REFERENCE, RECEIVED_AT, INCIDENT_DATE, TYPE,
            DASH_LEVEL, URGENT, CHILD_NAME, CHILD_DOB, CHILD_SEX, CHILD_ETHNICITY, CHILD_LOCALITY, CHILD_NHS_NUMBER,
            ADULTS, CONCERNS, NARRATIVE);
    static final List<String> REQUIRED_COLUMNS = Column.headers(POLICE_REFERENCE, RECEIVED_AT, CHILD_NAME);
    /** Columns about the referral: the same on every row of a police reference (or blank after the first). */
    static final List<String> REFERRAL_COLUMNS = Column.headers(RECEIVED_AT, INCIDENT_DATE, TYPE, DASH_LEVEL, URGENT,
            ADULTS, CONCERNS, NARRATIVE);

    private static final Pattern ADULT = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");

    /**
     * One referral of the file: its rows (each with its problems), and the commands that record it
     * when no row has a problem.
     */
    public record Notification(String reference, List<CsvRow> rows, ReceiveReferralCommand referral,
                               List<RegisterChildCommand> children) {

        public boolean refused() {
            return rows.stream().anyMatch(CsvRow::hasProblems);
        }
    }

    private PoliceNotificationFile() {
    }

    /** Reads the file: the referrals in the order of their first row; rows without a usable reference alone. */
    public static List<Notification> read(Reader reader, Instant now) {
        return parse(CsvFile.read(reader, COLUMNS, REQUIRED_COLUMNS), now);
    }

    static List<Notification> parse(List<CsvRow> rows, Instant now) {
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        List<Notification> notifications = new ArrayList<>();
        for (CsvRow row : rows) {
            Line line = new Line(row);
            if (line.reference == null) {
                notifications.add(new Notification(null, List.of(row), null, List.of()));
            } else {
                groups.computeIfAbsent(line.reference, r -> new ArrayList<>()).add(line);
            }
        }
        groups.forEach((reference, lines) -> notifications.add(notification(reference, lines, now)));
        return notifications;
    }

    /** The derived referral id of a police reference: the same reference always gives the same id. */
    public static String referralIdFor(String policeReference) {
        return DerivedIds.of("police", policeReference);
    }

    /** The derived id of a child named in the file: reference, normalised name and date of birth. */
    public static String childIdFor(String policeReference, String childName, LocalDate dateOfBirth) {
        return DerivedIds.ofChild("police-child", policeReference, childName, dateOfBirth);
    }

    private static Notification notification(String reference, List<Line> lines, Instant now) {
        sameReferralDetails(lines);
        Map<String, Line> seen = new LinkedHashMap<>();
        for (Line line : lines) {
            Line earlier = seen.putIfAbsent(ChildRules.normaliseName(line.child.fullName()) + "|"
                    + line.child.dateOfBirth(), line);
            if (earlier != null && !line.child.fullName().isBlank()) {
                line.row.problem("The same child (name and date of birth) is already on row " + earlier.row.number()
                        + ".");
            }
        }
        ReceiveReferralCommand referral = new ReceiveReferralCommand(referralIdFor(reference),
                first(lines, RECEIVED_AT.header(), l -> l.receivedAt, null), POLICE_SOURCE_CODE,
                first(lines, TYPE.header(), l -> l.type, ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION),
                first(lines, INCIDENT_DATE.header(), l -> l.incidentDate, null),
                lines.stream().map(l -> l.child.childId()).toList(),
                first(lines, ADULTS.header(), l -> l.adults, List.of()),
                first(lines, CONCERNS.header(), l -> l.concerns, List.of()),
                first(lines, DASH_LEVEL.header(), l -> l.dashLevel, null),
                first(lines, NARRATIVE.header(), l -> l.narrative, null),
                first(lines, URGENT.header(), l -> l.urgent, false), reference);
        List<CsvRow> rows = lines.stream().map(l -> l.row).toList();
        if (rows.stream().noneMatch(CsvRow::hasProblems)) {
            LocalDate today = LocalDate.ofInstant(now, TextRules.UK);
            lines.forEach(l -> l.row.problems().addAll(ChildRules.registrationProblems(l.child, today)));
            rows.get(0).problems().addAll(ReferralRules.receiptProblems(referral, now));
        }
        return new Notification(reference, rows, referral, lines.stream().map(l -> l.child).toList());
    }

    /** The referral's columns: the same on each row of the reference, or blank. */
    private static void sameReferralDetails(List<Line> lines) {
        for (String column : REFERRAL_COLUMNS) {
            Line owner = lines.stream().filter(l -> !l.row.get(column).isEmpty()).findFirst().orElse(null);
            for (Line line : lines) {
                String value = line.row.get(column);
                if (owner != null && !value.isEmpty() && !value.equals(owner.row.get(column))) {
                    line.row.problem("The " + column + " differs from row " + owner.row.number() + " of the same "
                            + "police reference (a referral's details must be the same on each of its rows, or "
                            + "blank).");
                }
            }
        }
    }

    /** The value read from the first row that gives the column, or the default when none does. */
    private static <T> T first(List<Line> lines, String column, Function<Line, T> value, T otherwise) {
        return lines.stream().filter(l -> !l.row.get(column).isEmpty()).map(value).filter(Objects::nonNull)
                .findFirst().orElse(otherwise);
    }

    /** One row as read: the referral's values it gives and its child. */
    private static final class Line {
        final CsvRow row;
        final String reference;
        final Instant receivedAt;
        final LocalDate incidentDate;
        final ReferralType type;
        final DashLevel dashLevel;
        final Boolean urgent;
        final List<InvolvedAdult> adults;
        final List<String> concerns;
        final String narrative;
        final RegisterChildCommand child;

        Line(CsvRow row) {
            this.row = row;
            reference = row.reference(POLICE_REFERENCE.header());
            receivedAt = row.instant(RECEIVED_AT.header(), "received date and time");
            incidentDate = row.date(INCIDENT_DATE.header(), "incident date", "2026-01-04 or 04/01/2026");
            type = row.choice(TYPE.header(), ReferralType.values(), ReferralType::label, "The type", String.join(", ",
                    Arrays.stream(ReferralType.values()).map(ReferralType::label).toList())
                    + "; blank means a police domestic-abuse notification");
            dashLevel = row.choice(DASH_LEVEL.header(), DashLevel.values(), DashLevel::label, "The DASH level",
                    "standard, medium or high");
            urgent = row.yesNo(URGENT.header());
            adults = adults(row);
            concerns = concerns(row);
            narrative = row.text(NARRATIVE.header());
            RegisterChildCommand described = ChildColumns.read(row, null, false);
            child = IntakeChild.withId(described, reference == null ? null
                    : childIdFor(reference, described.fullName(), described.dateOfBirth()));
        }
    }

    private static List<InvolvedAdult> adults(CsvRow row) {
        List<InvolvedAdult> adults = new ArrayList<>();
        for (String part : row.get(ADULTS.header()).split(";")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher m = ADULT.matcher(entry);
            if (!m.matches()) {
                row.problem("The adult '" + CsvRow.shorten(entry) + "' is not written 'Name (role)'.");
                continue;
            }
            AdultRole role = CsvRow.lookup(m.group(2).strip(), AdultRole.values(), AdultRole::label);
            if (role == null) {
                row.problem("The role '" + CsvRow.shorten(m.group(2).strip()) + "' is not known (victim, alleged "
                        + "perpetrator, parent or carer, other).");
            }
            int before = row.problems().size();
            row.checkName(m.group(1), "An adult's name");
            if (role != null && row.problems().size() == before) {
                adults.add(new InvolvedAdult(m.group(1).strip(), role));
            }
        }
        return adults;
    }

    private static List<String> concerns(CsvRow row) {
        List<String> codes = new ArrayList<>();
        for (String part : row.get(CONCERNS.header()).split("[;,\\s]+")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (ReferenceCodes.ASSESSMENT_FACTORS.contains(code)) {
                codes.add(code);
            } else {
                row.problem("'" + CsvRow.shorten(code) + "' is not a DfE assessment-factor code (e.g. 3A).");
            }
        }
        return codes;
    }
}
