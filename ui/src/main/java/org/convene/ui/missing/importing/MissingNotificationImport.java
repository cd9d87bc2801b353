package org.convene.ui.missing.importing;

import static org.convene.coordination.shared.api.Failures.unwrap;

import static org.convene.ui.referral.importing.PoliceNotificationImport.normaliseName;
import static org.convene.ui.referral.importing.PoliceNotificationImport.normaliseReference;
import static org.convene.ui.referral.importing.PoliceNotificationImport.parseDate;
import static org.convene.ui.referral.importing.PoliceNotificationImport.parseInstant;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.AgencyIdentifier;
import org.convene.coordination.child.api.IdentifierType;
import org.convene.coordination.child.api.NhsNumber;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.Roles;
import org.convene.coordination.shared.api.TextRules;
import org.convene.query.child.api.ChildMatch;
import org.convene.query.child.api.FindLikelyChildMatchesQuery;
import org.convene.ui.missing.importing.MissingImportReport.RowOutcome;
import org.convene.ui.referral.importing.ImportFileException;
import org.convene.ui.referral.importing.ImportReport.Outcome;
import org.convene.ui.referral.importing.PoliceNotificationImport.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports a police missing-notification file (the format is in {@code docs/csv-import.md}) as the
 * logged-in user: one row is one missing episode, with its return when {@code returned_at} is given.
 *
 * <p>Guarantees: a row is validated whole, child included, against the same rules as the aggregates
 * <em>before</em> any command is sent, so a bad row records nothing; the episode id is derived from
 * the police reference and the child's id from the reference, name and date of birth (or is the
 * existing record of the child), so importing the same file again records nothing twice, and a row
 * whose episode was recorded earlier but whose return is new records the return.
 */
@Service
public class MissingNotificationImport {

    public static final int MAX_CHARACTERS = 5_000_000;
    public static final int MAX_ROWS = 5_000;
    static final int MAX_LOCALITY = 100;
    static final int MAX_CELL = TextRules.MAX_NARRATIVE_LENGTH;
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    static final String RETURN_ALREADY_RECORDED = "The child's return is already recorded.";

    static final String POLICE_REFERENCE = "police_reference";
    static final String CHILD_NAME = "child_name";
    static final String CHILD_DOB = "child_dob";
    static final String CHILD_SEX = "child_sex";
    static final String CHILD_ETHNICITY = "child_ethnicity";
    static final String CHILD_LOCALITY = "child_locality";
    static final String CHILD_NHS_NUMBER = "child_nhs_number";
    static final String LOOKED_AFTER = "looked_after";
    static final String MISSING_FROM = "missing_from";
    static final String CARE_TYPE = "care_type";
    static final String LAST_SEEN_AT = "last_seen_at";
    static final String RISK_LEVEL = "risk_level";
    static final String REPORTED_BY = "reported_by";
    static final String CIRCUMSTANCES = "circumstances";
    static final String LAST_KNOWN_LOCATION = "last_known_location";
    static final String RETURNED_AT = "returned_at";
    static final String WHERE_FOUND = "where_found";
    static final String FOUND_BY = "found_by";

    public static final List<String> COLUMNS = List.of(POLICE_REFERENCE, CHILD_NAME, CHILD_DOB, CHILD_SEX,
            CHILD_ETHNICITY, CHILD_LOCALITY, CHILD_NHS_NUMBER, LOOKED_AFTER, MISSING_FROM, CARE_TYPE, LAST_SEEN_AT,
            RISK_LEVEL, REPORTED_BY, CIRCUMSTANCES, LAST_KNOWN_LOCATION, RETURNED_AT, WHERE_FOUND, FOUND_BY);
    static final List<String> REQUIRED_COLUMNS = List.of(POLICE_REFERENCE, CHILD_NAME, MISSING_FROM, LAST_SEEN_AT,
            RISK_LEVEL);

    private static final Logger log = LoggerFactory.getLogger(MissingNotificationImport.class);
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9/_.-]{1,100}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*");

    private final CommandGateway commands;
    private final QueryGateway queries;

    public MissingNotificationImport(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The derived episode id of a police missing reference: the same reference always gives the same id. */
    public static String episodeIdFor(String policeReference) {
        return UUID.nameUUIDFromBytes(("police-missing:" + normaliseReference(policeReference))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The derived id of a child named in a missing notification: reference, normalised name and date of birth. */
    public static String childIdFor(String policeReference, String childName, LocalDate dateOfBirth) {
        return UUID.nameUUIDFromBytes(("police-missing-child:" + normaliseReference(policeReference) + "|"
                + normaliseName(childName) + "|" + (dateOfBirth == null ? "" : dateOfBirth))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The existing record of this child when exactly one record has the same name (ignoring case,
     * accents and spacing) and the same date of birth; otherwise a record made for this notification.
     * Near matches are not guessed at.
     */
    private String childIdFor(Row row) {
        if (row.childDob != null) {
            List<ChildMatch> exact = queries.query(new FindLikelyChildMatchesQuery(row.childName, row.childDob),
                            ResponseTypes.multipleInstancesOf(ChildMatch.class)).join().stream()
                    .filter(m -> row.childDob.equals(m.dateOfBirth())
                            && normaliseName(m.fullName()).equals(normaliseName(row.childName)))
                    .toList();
            if (exact.size() == 1) {
                return exact.get(0).childId();
            }
        }
        return childIdFor(row.reference, row.childName, row.childDob);
    }

    /** Imports the file as the user logged in on this thread. Throws {@link ImportFileException} for an unusable file. */
    public MissingImportReport importCsv(Reader reader, ProgressListener progress) {
        requireRoleToImport();
        List<Row> rows = parse(readBounded(reader));
        Map<String, Row> seen = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.reference != null) {
                Row earlier = seen.putIfAbsent(row.reference, row);
                if (earlier != null) {
                    row.problems.add("The police reference is already on row " + earlier.number
                            + " (one row is one missing episode).");
                }
            }
        }
        List<RowOutcome> outcomes = new ArrayList<>();
        int done = 0;
        for (Row row : rows) {
            outcomes.add(importRow(row));
            progress.progress(++done, rows.size());
        }
        return MissingImportReport.of(rows.size(), outcomes);
    }

    // ---------------------------------------------------------------- sending

    private RowOutcome importRow(Row row) {
        String episodeId = row.reference == null ? null : episodeIdFor(row.reference);
        if (!row.problems.isEmpty()) {
            return new RowOutcome(row.number, row.rawReference, episodeId, row.childName, Outcome.REFUSED, false,
                    false, List.copyOf(row.problems));
        }
        boolean episodeRecorded = false;
        try {
            String childId = childIdFor(row);
            if (childId.equals(childIdFor(row.reference, row.childName, row.childDob))) {
                try {
                    commands.sendAndWait(new RegisterChildCommand(childId, row.childName, row.childDob, false,
                            row.childSex, row.childEthnicity, row.childLocality,
                            row.nhsNumber == null ? List.of()
                                    : List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, row.nhsNumber)),
                            row.lookedAfter));
                } catch (RuntimeException e) {
                    if (!(unwrap(e) instanceof AggregateStreamCreationException)) {
                        throw e;
                    }
                    // the child record was made by an earlier import of this notification
                }
            }
            try {
                commands.sendAndWait(new ReportMissingEpisodeCommand(episodeId, childId, row.missingFrom,
                        row.careType, row.lastSeenAt, row.reference, row.riskLevel, row.reportedBy,
                        row.circumstances, row.lastKnownLocation));
                episodeRecorded = true;
            } catch (RuntimeException e) {
                if (!(unwrap(e) instanceof AggregateStreamCreationException)) {
                    throw e;
                }
                // the episode was recorded by an earlier import
            }
            boolean returnRecorded = false;
            if (row.returnedAt != null) {
                try {
                    commands.sendAndWait(new RecordChildReturnedCommand(episodeId, row.returnedAt, row.whereFound,
                            row.foundBy, null));
                    returnRecorded = true;
                } catch (RuntimeException e) {
                    if (!(unwrap(e) instanceof CommandRejectedException rejected)
                            || !rejected.problems().equals(List.of(RETURN_ALREADY_RECORDED))) {
                        throw e;
                    }
                    // the return was recorded earlier
                }
            }
            if (episodeRecorded || returnRecorded) {
                List<String> notes = !episodeRecorded
                        ? List.of("The episode was recorded by an earlier import; its return is recorded now.")
                        : List.of();
                return new RowOutcome(row.number, row.reference, episodeId, row.childName, Outcome.RECORDED,
                        episodeRecorded, returnRecorded, notes);
            }
            return new RowOutcome(row.number, row.reference, episodeId, row.childName, Outcome.ALREADY_RECORDED,
                    false, false, List.of("This notification was recorded by an earlier import; nothing was "
                    + "recorded twice."));
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
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
                log.error("Import of police missing reference {} failed", row.reference, e);
                reasons.add("It could not be recorded because of a system error (" + cause.getClass().getSimpleName()
                        + "). Import the file again later: nothing is recorded twice.");
            }
            return new RowOutcome(row.number, row.reference, episodeId, row.childName,
                    episodeRecorded ? Outcome.RECORDED : Outcome.REFUSED, episodeRecorded, false, reasons);
        }
    }

    private static void requireRoleToImport() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("You must be logged in to import a file.");
        }
        boolean allowed = authentication.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_" + Roles.SCREENER) || a.getAuthority().equals("ROLE_" + Roles.MEETING_CHAIR));
        if (!allowed) {
            throw new AccessDeniedException("Your role does not allow this. It needs one of: "
                    + Roles.label(Roles.SCREENER) + ", " + Roles.label(Roles.MEETING_CHAIR) + ".");
        }
    }

    // ---------------------------------------------------------------- reading and checking

    private static String readBounded(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) != -1) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_CHARACTERS) {
                    throw new ImportFileException(List.of("The file is too large: at most "
                            + MAX_CHARACTERS / 1_000_000 + " million characters. Split it into smaller files."));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String s = text.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static List<Row> parse(String csv) {
        if (csv.isBlank()) {
            throw new ImportFileException(List.of("The file is empty."));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setIgnoreEmptyLines(true).setTrim(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Set<String> header = new LinkedHashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.strip().toLowerCase(Locale.ROOT)));
            List<String> problems = new ArrayList<>();
            for (String required : REQUIRED_COLUMNS) {
                if (!header.contains(required)) {
                    problems.add("The file has no column '" + required + "'.");
                }
            }
            List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
            if (!unknown.isEmpty()) {
                problems.add("Unknown column" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown.stream()
                        .map(u -> "'" + shorten(u) + "'").toList()) + ". The columns are: " + String.join(", ", COLUMNS)
                        + ".");
            }
            if (!problems.isEmpty()) {
                throw new ImportFileException(problems);
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new ImportFileException(List.of("The file has more than " + MAX_ROWS
                            + " rows. Split it into smaller files."));
                }
                rows.add(readRow((int) parser.getRecordNumber() + 1, record, header.size()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ImportFileException(List.of("The file is not a valid CSV file (" + shorten(e.getMessage())
                    + ")."));
        }
        if (rows.isEmpty()) {
            throw new ImportFileException(List.of("The file has a header row but no data rows."));
        }
        return rows;
    }

    private static Row readRow(int number, CSVRecord record, int columns) {
        Row row = new Row(number);
        List<String> p = row.problems;
        if (record.size() > columns) {
            p.add("The row has more values (" + record.size() + ") than the header has columns (" + columns + ").");
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
            value = value == null ? "" : value.strip();
            if (value.length() > MAX_CELL) {
                p.add("The " + column + " value is too long (" + value.length() + " characters; at most " + MAX_CELL
                        + ").");
                value = value.substring(0, MAX_CELL);
            }
            raw.put(column, value);
        }
        // police reference
        String reference = raw.get(POLICE_REFERENCE);
        row.rawReference = shorten(reference);
        if (reference.isEmpty()) {
            p.add("The police reference is missing.");
        } else if (!REFERENCE.matcher(reference).matches()) {
            p.add("The police reference '" + shorten(reference) + "' is not valid (letters, digits and / . _ - only, "
                    + "at most 100).");
        } else {
            row.reference = normaliseReference(reference);
        }
        // child
        String name = raw.get(CHILD_NAME);
        row.childName = name.length() > TextRules.MAX_NAME_LENGTH ? shorten(name) : name;
        if (name.isEmpty()) {
            p.add("The child's name is missing.");
        } else if (name.length() > TextRules.MAX_NAME_LENGTH) {
            p.add("The child's name is too long (at most " + TextRules.MAX_NAME_LENGTH + " characters).");
        } else if (!NAME.matcher(name).matches()) {
            p.add("The child's name '" + shorten(name) + "' contains characters not used in names (only letters, "
                    + "spaces, hyphens, apostrophes and full stops).");
        }
        LocalDate today = LocalDate.now(TextRules.UK);
        String dob = raw.get(CHILD_DOB);
        if (!dob.isEmpty()) {
            row.childDob = parseDate(dob);
            if (row.childDob == null) {
                p.add("The child's date of birth '" + shorten(dob) + "' is not a real date (use 2018-05-04 or "
                        + "04/05/2018).");
            } else if (row.childDob.isAfter(today)) {
                p.add("The child's date of birth cannot be in the future.");
            } else if (row.childDob.isBefore(today.minusYears(25))) {
                p.add("The date of birth is more than 25 years ago: Convene records children.");
            }
        }
        String sex = raw.get(CHILD_SEX);
        if (!sex.isEmpty()) {
            row.childSex = switch (sex.toLowerCase(Locale.ROOT)) {
                case "male", "m" -> "1";
                case "female", "f" -> "2";
                default -> ReferenceCodes.SEX.contains(sex) ? sex : null;
            };
            if (row.childSex == null) {
                p.add("'" + shorten(sex) + "' is not a DfE sex code (1 male, 2 female).");
            }
        }
        String ethnicity = raw.get(CHILD_ETHNICITY).toUpperCase(Locale.ROOT);
        if (!ethnicity.isEmpty()) {
            if (ReferenceCodes.ETHNICITY.contains(ethnicity)) {
                row.childEthnicity = ethnicity;
            } else {
                p.add("'" + shorten(ethnicity) + "' is not a DfE ethnicity code (e.g. WBRI).");
            }
        }
        String locality = raw.get(CHILD_LOCALITY);
        row.childLocality = locality.isEmpty() ? null : locality;
        TextRules.optionalText(locality, "The child's locality", MAX_LOCALITY, p);
        String nhs = raw.get(CHILD_NHS_NUMBER).replace(" ", "");
        if (!nhs.isEmpty()) {
            if (NhsNumber.isValid(nhs)) {
                row.nhsNumber = nhs;
            } else {
                p.add("The NHS number '" + shorten(nhs) + "' is not valid (10 digits with a correct check digit).");
            }
        }
        // episode
        String from = raw.get(MISSING_FROM).toLowerCase(Locale.ROOT);
        row.missingFrom = switch (from) {
            case "home" -> MissingFrom.HOME;
            case "care" -> MissingFrom.CARE;
            default -> null;
        };
        if (from.isEmpty()) {
            p.add("Where the child went missing from (missing_from) is missing: home or care.");
        } else if (row.missingFrom == null) {
            p.add("The missing_from value '" + shorten(from) + "' is not known (home or care).");
        }
        String lookedAfter = raw.get(LOOKED_AFTER).toLowerCase(Locale.ROOT);
        if (List.of("yes", "y", "true", "1").contains(lookedAfter)) {
            row.lookedAfter = true;
        } else if (List.of("no", "n", "false", "0").contains(lookedAfter)) {
            row.lookedAfter = false;
            if (row.missingFrom == MissingFrom.CARE) {
                p.add("A child missing from care is looked after: looked_after cannot be no.");
            }
        } else if (lookedAfter.isEmpty()) {
            row.lookedAfter = row.missingFrom == MissingFrom.CARE;
        } else {
            p.add("The looked_after value '" + shorten(lookedAfter) + "' is not yes or no.");
        }
        String careType = raw.get(CARE_TYPE).toUpperCase(Locale.ROOT);
        if (!careType.isEmpty()) {
            row.careType = Arrays.stream(CareAbsenceType.values()).filter(t -> t.name().equals(careType)).findFirst()
                    .orElse(null);
            if (row.careType == null) {
                p.add("The care_type '" + shorten(careType) + "' is not known (M missing, A away from placement "
                        + "without authorisation).");
            } else if (row.missingFrom == MissingFrom.HOME) {
                p.add("The care_type (M or A) applies only to a child missing from care.");
            }
        } else if (row.missingFrom == MissingFrom.CARE) {
            p.add("For a child missing from care the care_type is required: M (missing) or A (away from placement "
                    + "without authorisation).");
        }
        Instant now = Instant.now();
        String lastSeen = raw.get(LAST_SEEN_AT);
        if (lastSeen.isEmpty()) {
            p.add("When the child was last seen (last_seen_at) is missing.");
        } else {
            row.lastSeenAt = parseInstant(lastSeen);
            if (row.lastSeenAt == null) {
                p.add("The last seen date and time '" + shorten(lastSeen) + "' is not a real date and time "
                        + "(use 2026-01-05T09:30:00Z or 05/01/2026 09:30, UK time).");
            } else if (row.lastSeenAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
                p.add("The time last seen cannot be in the future.");
            } else if (row.lastSeenAt.isBefore(now.minus(Duration.ofDays(366)))) {
                p.add("The time last seen is more than a year ago.");
            }
        }
        String risk = raw.get(RISK_LEVEL);
        String riskKey = risk.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        row.riskLevel = Arrays.stream(MissingRiskLevel.values())
                .filter(r -> riskKey.equals(r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        || riskKey.equals(r.label().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
        if (risk.isEmpty()) {
            p.add("The police risk level (risk_level) is missing.");
        } else if (row.riskLevel == null) {
            p.add("The risk level '" + shorten(risk) + "' is not known (no apparent risk, low, medium or high).");
        }
        row.reportedBy = blankToNull(raw.get(REPORTED_BY));
        TextRules.optionalText(row.reportedBy, "Reported by", 200, p);
        row.circumstances = blankToNull(raw.get(CIRCUMSTANCES));
        TextRules.optionalText(row.circumstances, "The circumstances", TextRules.MAX_NARRATIVE_LENGTH, p);
        row.lastKnownLocation = blankToNull(raw.get(LAST_KNOWN_LOCATION));
        TextRules.optionalText(row.lastKnownLocation, "The last known location", 500, p);
        // return
        String returned = raw.get(RETURNED_AT);
        row.whereFound = blankToNull(raw.get(WHERE_FOUND));
        TextRules.optionalText(row.whereFound, "Where found", 500, p);
        row.foundBy = blankToNull(raw.get(FOUND_BY));
        TextRules.optionalText(row.foundBy, "Found by", 200, p);
        if (!returned.isEmpty()) {
            row.returnedAt = parseInstant(returned);
            if (row.returnedAt == null) {
                p.add("The returned date and time '" + shorten(returned) + "' is not a real date and time "
                        + "(use 2026-01-05T09:30:00Z or 05/01/2026 09:30, UK time).");
            } else if (row.lastSeenAt != null && row.returnedAt.isBefore(row.lastSeenAt)) {
                p.add("The return cannot be before the child was last seen.");
            } else if (row.returnedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
                p.add("The return cannot be in the future.");
            }
        } else if (row.whereFound != null || row.foundBy != null) {
            p.add("where_found and found_by need the returned date and time (returned_at).");
        }
        return row;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
    }

    /** One data row, as read and checked. */
    private static final class Row {
        final int number;
        final List<String> problems = new ArrayList<>();
        String rawReference;
        String reference;
        String childName;
        LocalDate childDob;
        String childSex;
        String childEthnicity;
        String childLocality;
        String nhsNumber;
        boolean lookedAfter;
        MissingFrom missingFrom;
        CareAbsenceType careType;
        Instant lastSeenAt;
        MissingRiskLevel riskLevel;
        String reportedBy;
        String circumstances;
        String lastKnownLocation;
        Instant returnedAt;
        String whereFound;
        String foundBy;

        Row(int number) {
            this.number = number;
        }
    }
}
