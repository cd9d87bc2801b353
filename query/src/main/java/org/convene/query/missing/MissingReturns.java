package org.convene.query.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.shared.api.TextRules;
import org.convene.query.missing.api.MissingExport;
import org.convene.query.missing.api.MissingExport.AnnexAList8Row;
import org.convene.query.missing.api.MissingExport.Ssda903MissingRow;

/**
 * The DfE returns for a period, from candidate episodes (any superset of the ones that matter),
 * as defined in docs/missing-returns.md. Dates are UK calendar dates; the period is inclusive.
 */
final class MissingReturns {

    private MissingReturns() {
    }

    static LocalDate ukDate(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, TextRules.UK);
    }

    /**
     * @param currentId the child's current record id (following merges)
     * @param dob       date of birth by current id (null when unknown)
     */
    static MissingExport export(LocalDate from, LocalDate to, Collection<MissingEpisodeDocument> episodes,
                                UnaryOperator<String> currentId, Function<String, LocalDate> dob) {
        Comparator<MissingEpisodeDocument> byStart = Comparator
                .comparing((MissingEpisodeDocument e) -> e.lastSeenAt)
                .thenComparing(e -> e.episodeId);
        List<MissingEpisodeDocument> sorted = episodes.stream()
                .filter(e -> e.lastSeenAt != null)
                .sorted(byStart)
                .toList();

        List<Ssda903MissingRow> ssda903 = new ArrayList<>();
        for (MissingEpisodeDocument e : sorted) {
            LocalDate start = ukDate(e.lastSeenAt);
            LocalDate end = ukDate(e.returnedAt);
            boolean fromCare = e.missingFrom == MissingFrom.CARE && e.careAbsenceType != null;
            boolean overlaps = !start.isAfter(to) && (end == null || !end.isBefore(from));
            if (fromCare && overlaps) {
                String child = currentId.apply(e.childId);
                ssda903.add(new Ssda903MissingRow(child, dob.apply(child), e.careAbsenceType.name(), start,
                        end == null || end.isAfter(to) ? null : end));
            }
        }
        ssda903.sort(Comparator.comparing(Ssda903MissingRow::child).thenComparing(Ssda903MissingRow::misStart));

        Map<String, List<MissingEpisodeDocument>> startedByChild = new LinkedHashMap<>();
        for (MissingEpisodeDocument e : sorted) {
            LocalDate start = ukDate(e.lastSeenAt);
            if (!start.isBefore(from) && !start.isAfter(to)) {
                startedByChild.computeIfAbsent(currentId.apply(e.childId), c -> new ArrayList<>()).add(e);
            }
        }
        List<AnnexAList8Row> annexA = new ArrayList<>();
        startedByChild.forEach((child, list) -> {
            int away = (int) list.stream().filter(e -> e.careAbsenceType == CareAbsenceType.A).count();
            MissingEpisodeDocument last = list.get(list.size() - 1); // sorted by start
            boolean offered = last.interviewOfferedAt != null
                    || (last.interviewOutcome != null && last.interviewOutcome != InterviewOutcome.NOT_POSSIBLE);
            boolean accepted = last.interviewOutcome == InterviewOutcome.COMPLETED;
            annexA.add(new AnnexAList8Row(child, dob.apply(child), list.size() - away, away, offered ? "Y" : "N",
                    accepted ? "Y" : "N"));
        });
        annexA.sort(Comparator.comparing(AnnexAList8Row::child));
        return new MissingExport(from, to, List.copyOf(ssda903), List.copyOf(annexA));
    }
}
