package org.convene.ui.referral.importing;

import static org.convene.coordination.shared.api.Failures.unwrap;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.convene.coordination.child.api.AgencyIdentifier;
import org.convene.coordination.child.api.IdentifierType;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.query.child.api.ChildMatch;
import org.convene.query.child.api.FindLikelyChildMatchesQuery;
import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.Roles;
import org.convene.coordination.shared.api.TextRules;
import org.convene.ui.referral.importing.ImportReport.Outcome;
import org.convene.ui.referral.importing.ImportReport.ReferralOutcome;
import org.convene.ui.referral.importing.ImportReport.RowOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports a police notification file (the format is in {@code docs/csv-import.md}) as the logged-in
 * user: one row per child, the rows sharing a police reference form one referral.
 *
 * <p>Guarantees: a referral is validated whole, children included, against the same rules as the
 * aggregates <em>before</em> any command is sent, so a referral with a bad row records nothing;
 * ids are derived from the police reference (and the child's name and date of birth), so importing
 * the same file again records nothing twice.
 */
@Service
public class PoliceNotificationImport {

    /** Called as rows are processed (from the importing thread). */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(int rowsDone, int rowsTotal);
    }

    public static final ProgressListener NO_PROGRESS = (done, total) -> { };

    public static final int MAX_CHARACTERS = 5_000_000;
    public static final int MAX_ROWS = 5_000;
    static final int MAX_CHILDREN = 20;
    static final int MAX_LOCALITY = 100;
    static final int MAX_REFERENCE = 100;
    static final int MAX_CELL = TextRules.MAX_NARRATIVE_LENGTH;
    static final String POLICE_SOURCE_CODE = "6";
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    static final String POLICE_REFERENCE = "police_reference";
    static final String RECEIVED_AT = "received_at";
    static final String INCIDENT_DATE = "incident_date";
    static final String TYPE = "type";
    static final String DASH_LEVEL = "dash_level";
    static final String URGENT = "urgent";
    static final String CHILD_NAME = "child_name";
    static final String CHILD_DOB = "child_dob";
    static final String CHILD_SEX = "child_sex";
    static final String CHILD_ETHNICITY = "child_ethnicity";
    static final String CHILD_LOCALITY = "child_locality";
    static final String CHILD_NHS_NUMBER = "child_nhs_number";
    static final String ADULTS = "adults";
    static final String CONCERNS = "concerns";
    static final String NARRATIVE = "narrative";

    public static final List<String> COLUMNS = List.of(POLICE_REFERENCE, RECEIVED_AT, INCIDENT_DATE, TYPE, DASH_LEVEL,
            URGENT, CHILD_NAME, CHILD_DOB, CHILD_SEX, CHILD_ETHNICITY, CHILD_LOCALITY, CHILD_NHS_NUMBER, ADULTS, CONCERNS,
            NARRATIVE);
    static final List<String> REQUIRED_COLUMNS = List.of(POLICE_REFERENCE, RECEIVED_AT, CHILD_NAME);
    /** Columns about the referral: the same on every row of a police reference (or blank after the first). */
    static final List<String> REFERRAL_COLUMNS = List.of(RECEIVED_AT, INCIDENT_DATE, TYPE, DASH_LEVEL, URGENT, ADULTS,
            CONCERNS, NARRATIVE);

    private static final Logger log = LoggerFactory.getLogger(PoliceNotificationImport.class);
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9/_.-]{1,100}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*");
    private static final Pattern ADULT = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");
    private static final DateTimeFormatter UK_DATE_TIME = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd['T'][ ]HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CommandGateway commands;

    private final QueryGateway queries;

    public PoliceNotificationImport(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * The existing record of this child when exactly one record has the same name (ignoring case,
     * accents and spacing) and the same date of birth; otherwise a record made for this notification
     * (its id derived from the police reference, so a re-import finds it again). Near matches are not
     * guessed at: they are offered at screening, where duplicates can be merged.
     */
    private String childIdFor(String reference, Row row) {
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
        return childIdFor(reference, row.childName, row.childDob);
    }

    /** Imports the file as the user logged in on this thread. Throws {@link ImportFileException} for an unusable file. */
    public ImportReport importCsv(Reader reader, ProgressListener progress) {
        requireRoleToImport();
        List<Row> rows = parse(readBounded(reader));
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        List<RowOutcome> rowOutcomes = new ArrayList<>();
        List<ReferralOutcome> referrals = new ArrayList<>();
        int done = 0;
        for (Row row : rows) {
            if (row.reference == null) {
                // no usable police reference: the row cannot belong to a referral
                rowOutcomes.add(new RowOutcome(row.number, row.rawReference, row.childName, Outcome.REFUSED,
                        row.problems));
                progress.progress(++done, rows.size());
            } else {
                groups.computeIfAbsent(row.reference, r -> new ArrayList<>()).add(row);
            }
        }
        for (Map.Entry<String, List<Row>> group : groups.entrySet()) {
            ReferralOutcome outcome = importGroup(group.getKey(), group.getValue());
            referrals.add(outcome);
            boolean badRows = rowsWithProblems(group.getValue()) > 0;
            for (Row row : group.getValue()) {
                List<String> problems;
                if (!row.problems.isEmpty()) {
                    problems = List.copyOf(row.problems);
                } else if (outcome.outcome() == Outcome.REFUSED && badRows) {
                    problems = List.of("Not recorded: another row of police reference " + group.getKey()
                            + " has problems, and a referral is recorded whole or not at all.");
                } else {
                    problems = outcome.reasons();
                }
                rowOutcomes.add(new RowOutcome(row.number, group.getKey(), row.childName, outcome.outcome(),
                        problems));
            }
            done += group.getValue().size();
            progress.progress(done, rows.size());
        }
        rowOutcomes.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return ImportReport.of(rows.size(), referrals, rowOutcomes);
    }

    private static long rowsWithProblems(List<Row> rows) {
        return rows.stream().filter(r -> !r.problems.isEmpty()).count();
    }

    /** The derived referral id of a police reference: the same reference always gives the same id. */
    public static String referralIdFor(String policeReference) {
        return UUID.nameUUIDFromBytes(("police:" + normaliseReference(policeReference))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The derived id of a child named in a notification: reference, normalised name and date of birth. */
    public static String childIdFor(String policeReference, String childName, LocalDate dateOfBirth) {
        return UUID.nameUUIDFromBytes(("police-child:" + normaliseReference(policeReference) + "|"
                + normaliseName(childName) + "|" + (dateOfBirth == null ? "" : dateOfBirth))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String normaliseReference(String reference) {
        return reference.strip().toUpperCase(Locale.ROOT);
    }

    public static String normaliseName(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.replace('’', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- sending

    private ReferralOutcome importGroup(String reference, List<Row> rows) {
        String referralId = referralIdFor(reference);
        List<Integer> numbers = rows.stream().map(r -> r.number).toList();
        List<String> reasons = new ArrayList<>();
        checkGroup(rows);
        for (Row row : rows) {
            for (String problem : row.problems) {
                reasons.add("Row " + row.number + ": " + problem);
            }
        }
        if (!reasons.isEmpty()) {
            return new ReferralOutcome(reference, referralId, numbers, Outcome.REFUSED, reasons);
        }
        Row first = rows.get(0);
        List<String> childIds = new ArrayList<>();
        try {
            for (Row row : rows) {
                String childId = childIdFor(reference, row);
                childIds.add(childId);
                if (!childId.equals(childIdFor(reference, row.childName, row.childDob))) {
                    continue;   // an existing child record
                }
                try {
                    commands.sendAndWait(new RegisterChildCommand(childId, row.childName.strip(), row.childDob, false,
                            row.childSex, row.childEthnicity, row.childLocality,
                            row.nhsNumber == null ? List.of()
                                    : List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, row.nhsNumber)),
                            false));
                } catch (RuntimeException e) {
                    if (!(unwrap(e) instanceof AggregateStreamCreationException)) {
                        throw e;
                    }
                    // the child record was made by an earlier import of this notification
                }
            }
            commands.sendAndWait(new ReceiveReferralCommand(referralId, first.receivedAt, POLICE_SOURCE_CODE,
                    first.type, first.incidentDate, childIds, first.adults, first.concerns, first.dashLevel,
                    first.narrative, first.urgent, reference));
            return new ReferralOutcome(reference, referralId, numbers, Outcome.RECORDED, List.of());
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
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
                int number = (int) parser.getRecordNumber() + 1;
                rows.add(readRow(number, record, header.size()));
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
        Function<String, String> cell = column -> {
            String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
            return value == null ? "" : value.strip();
        };
        List<String> p = row.problems;
        if (record.size() > columns) {
            p.add("The row has more values (" + record.size() + ") than the header has columns (" + columns + ").");
        }
        for (String column : COLUMNS) {
            String value = cell.apply(column);
            if (value.length() > MAX_CELL) {
                p.add("The " + column + " value is too long (" + value.length() + " characters; at most " + MAX_CELL
                        + ").");
            }
            row.raw.put(column, value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
        }
        // police reference
        String reference = row.raw.get(POLICE_REFERENCE);
        row.rawReference = shorten(reference);
        if (reference.isEmpty()) {
            p.add("The police reference is missing.");
        } else if (!REFERENCE.matcher(reference).matches()) {
            p.add("The police reference '" + shorten(reference) + "' is not valid (letters, digits and / . _ - only, "
                    + "at most " + MAX_REFERENCE + ").");
        } else {
            row.reference = normaliseReference(reference);
        }
        // referral
        Instant now = Instant.now();
        String received = row.raw.get(RECEIVED_AT);
        if (!received.isEmpty()) {
            row.receivedAt = parseInstant(received);
            if (row.receivedAt == null) {
                p.add("The received date and time '" + shorten(received) + "' is not a real date and time "
                        + "(use 2026-01-05T09:30:00Z or 05/01/2026 09:30, UK time).");
            } else if (row.receivedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
                p.add("The received date and time cannot be in the future.");
            } else if (row.receivedAt.isBefore(now.minus(Duration.ofDays(366 * 3)))) {
                p.add("The received date is more than three years ago.");
            }
        }
        String incident = row.raw.get(INCIDENT_DATE);
        if (!incident.isEmpty()) {
            row.incidentDate = parseDate(incident);
            if (row.incidentDate == null) {
                p.add("The incident date '" + shorten(incident) + "' is not a real date (use 2026-01-04 or 04/01/2026).");
            } else if (row.receivedAt != null && row.incidentDate.isAfter(LocalDate.ofInstant(row.receivedAt, TextRules.UK))) {
                p.add("The incident date cannot be after the referral was received.");
            }
        }
        String type = row.raw.get(TYPE);
        row.type = type.isEmpty() ? ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION
                : Arrays.stream(ReferralType.values()).filter(t -> matches(type, t.name(), t.label())).findFirst()
                .orElse(null);
        if (row.type == null) {
            p.add("The type '" + shorten(type) + "' is not known (" + String.join(", ", Arrays.stream(ReferralType.values())
                    .map(ReferralType::label).toList()) + "; blank means a police domestic-abuse notification).");
        }
        String dash = row.raw.get(DASH_LEVEL);
        if (!dash.isEmpty()) {
            row.dashLevel = Arrays.stream(DashLevel.values()).filter(d -> matches(dash, d.name(), d.label()))
                    .findFirst().orElse(null);
            if (row.dashLevel == null) {
                p.add("The DASH level '" + shorten(dash) + "' is not known (standard, medium or high).");
            }
        }
        String urgent = row.raw.get(URGENT).toLowerCase(Locale.ROOT);
        if (List.of("yes", "y", "true", "1").contains(urgent)) {
            row.urgent = true;
        } else if (!List.of("", "no", "n", "false", "0").contains(urgent)) {
            p.add("The urgent value '" + shorten(urgent) + "' is not yes or no.");
        }
        row.adults = parseAdults(row.raw.get(ADULTS), p);
        row.concerns = parseConcerns(row.raw.get(CONCERNS), p);
        row.narrative = row.raw.get(NARRATIVE);
        TextRules.optionalText(row.narrative, "The narrative", TextRules.MAX_NARRATIVE_LENGTH, p);
        // child
        String name = row.raw.get(CHILD_NAME);
        row.childName = name.length() > TextRules.MAX_NAME_LENGTH ? shorten(name) : name;
        checkName(name, "The child's name", p);
        String dob = row.raw.get(CHILD_DOB);
        if (!dob.isEmpty()) {
            row.childDob = parseDate(dob);
            LocalDate today = LocalDate.now(TextRules.UK);
            if (row.childDob == null) {
                p.add("The child's date of birth '" + shorten(dob) + "' is not a real date (use 2018-05-04 or "
                        + "04/05/2018).");
            } else if (row.childDob.isAfter(today)) {
                p.add("The child's date of birth cannot be in the future.");
            } else if (row.childDob.isBefore(today.minusYears(25))) {
                p.add("The date of birth is more than 25 years ago: Convene records children.");
            }
        }
        String sex = row.raw.get(CHILD_SEX);
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
        String ethnicity = row.raw.get(CHILD_ETHNICITY).toUpperCase(Locale.ROOT);
        if (!ethnicity.isEmpty()) {
            if (ReferenceCodes.ETHNICITY.contains(ethnicity)) {
                row.childEthnicity = ethnicity;
            } else {
                p.add("'" + shorten(ethnicity) + "' is not a DfE ethnicity code (e.g. WBRI).");
            }
        }
        String locality = row.raw.get(CHILD_LOCALITY);
        row.childLocality = locality.isEmpty() ? null : locality;
        TextRules.optionalText(locality, "The child's locality", MAX_LOCALITY, p);
        String nhs = row.raw.get(CHILD_NHS_NUMBER).replace(" ", "");
        if (!nhs.isEmpty()) {
            if (org.convene.coordination.child.api.NhsNumber.isValid(nhs)) {
                row.nhsNumber = nhs;
            } else {
                p.add("The NHS number '" + shorten(nhs) + "' is not valid (10 digits with a correct check digit).");
            }
        }
        return row;
    }

    /** Rules across the rows of one referral: the same referral details, each child once, at most 20 children. */
    private static void checkGroup(List<Row> rows) {
        Row first = rows.get(0);
        for (String column : REFERRAL_COLUMNS) {
            Row owner = rows.stream().filter(r -> !r.raw.get(column).isEmpty()).findFirst().orElse(null);
            if (owner == null) {
                continue;
            }
            for (Row row : rows) {
                String value = row.raw.get(column);
                if (!value.isEmpty() && !value.equals(owner.raw.get(column))) {
                    row.problems.add("The " + column + " differs from row " + owner.number + " of the same police "
                            + "reference (a referral's details must be the same on each of its rows, or blank).");
                }
            }
            if (owner != first) {
                copyReferralValue(column, owner, first);
            }
        }
        if (rows.stream().allMatch(r -> r.raw.get(RECEIVED_AT).isEmpty())) {
            first.problems.add("The received date and time (received_at) is missing.");
        }
        if (first.type == ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION && first.dashLevel == null
                && rows.stream().allMatch(r -> r.raw.get(DASH_LEVEL).isEmpty())) {
            first.problems.add("The DASH level (dash_level) is missing: it is required for a domestic-abuse "
                    + "notification.");
        }
        if (rows.size() > MAX_CHILDREN) {
            rows.get(MAX_CHILDREN).problems.add("A referral can name at most " + MAX_CHILDREN + " children.");
        }
        Map<String, Row> seen = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.reference == null || row.childName == null || row.childName.isBlank()) {
                continue;
            }
            String key = normaliseName(row.childName) + "|" + row.childDob;
            Row earlier = seen.putIfAbsent(key, row);
            if (earlier != null) {
                row.problems.add("The same child (name and date of birth) is already on row " + earlier.number + ".");
            }
        }
    }

    private static void copyReferralValue(String column, Row from, Row to) {
        switch (column) {
            case RECEIVED_AT -> to.receivedAt = from.receivedAt;
            case INCIDENT_DATE -> to.incidentDate = from.incidentDate;
            case TYPE -> to.type = from.type;
            case DASH_LEVEL -> to.dashLevel = from.dashLevel;
            case URGENT -> to.urgent = from.urgent;
            case ADULTS -> to.adults = from.adults;
            case CONCERNS -> to.concerns = from.concerns;
            case NARRATIVE -> to.narrative = from.narrative;
            default -> throw new IllegalArgumentException(column);
        }
    }

    private static List<InvolvedAdult> parseAdults(String text, List<String> problems) {
        List<InvolvedAdult> adults = new ArrayList<>();
        if (text.isEmpty()) {
            return adults;
        }
        for (String part : text.split(";")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher m = ADULT.matcher(entry);
            if (!m.matches()) {
                problems.add("The adult '" + shorten(entry) + "' is not written 'Name (role)'.");
                continue;
            }
            String role = m.group(2).strip();
            AdultRole adultRole = Arrays.stream(AdultRole.values()).filter(r -> matches(role, r.name(), r.label()))
                    .findFirst().orElse(null);
            if (adultRole == null) {
                problems.add("The role '" + shorten(role) + "' is not known (victim, alleged perpetrator, parent or "
                        + "carer, other).");
            }
            int before = problems.size();
            checkName(m.group(1), "An adult's name", problems);
            if (adultRole != null && problems.size() == before) {
                adults.add(new InvolvedAdult(m.group(1).strip(), adultRole));
            }
        }
        return adults;
    }

    private static List<String> parseConcerns(String text, List<String> problems) {
        List<String> codes = new ArrayList<>();
        if (text.isEmpty()) {
            return codes;
        }
        for (String part : text.split("[;,\\s]+")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (ReferenceCodes.ASSESSMENT_FACTORS.contains(code)) {
                codes.add(code);
            } else {
                problems.add("'" + shorten(code) + "' is not a DfE assessment-factor code (e.g. 3A).");
            }
        }
        return codes;
    }

    private static void checkName(String name, String what, List<String> problems) {
        if (name == null || name.isBlank()) {
            problems.add(what + " is missing.");
        } else if (name.strip().length() > TextRules.MAX_NAME_LENGTH) {
            problems.add(what + " is too long (at most " + TextRules.MAX_NAME_LENGTH + " characters).");
        } else if (!NAME.matcher(name.strip()).matches()) {
            problems.add(what + " '" + shorten(name) + "' contains characters not used in names (only letters, "
                    + "spaces, hyphens, apostrophes and full stops).");
        }
    }

    private static boolean matches(String given, String constant, String label) {
        String g = given.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return g.equals(constant.toLowerCase(Locale.ROOT).replace('_', ' '))
                || g.equals(label.toLowerCase(Locale.ROOT).replace('-', ' '));
    }

    public static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // not ISO with an offset
        }
        for (DateTimeFormatter format : List.of(ISO_LOCAL_DATE_TIME, UK_DATE_TIME)) {
            try {
                return LocalDateTime.parse(text, format).atZone(TextRules.UK).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    public static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : List.of(ISO_DATE, UK_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
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
        final Map<String, String> raw = new LinkedHashMap<>();
        String rawReference;
        String reference;
        Instant receivedAt;
        LocalDate incidentDate;
        ReferralType type;
        DashLevel dashLevel;
        boolean urgent;
        List<InvolvedAdult> adults = List.of();
        List<String> concerns = List.of();
        String narrative;
        String childName;
        LocalDate childDob;
        String childSex;
        String childEthnicity;
        String childLocality;
        String nhsNumber;

        Row(int number) {
            this.number = number;
        }
    }
}
