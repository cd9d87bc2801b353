package org.convene.query.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.query.testsupport.MissingEvents.offered;
import static org.convene.query.testsupport.MissingEvents.outcome;
import static org.convene.query.testsupport.MissingEvents.reported;
import static org.convene.query.testsupport.MissingEvents.returned;
import static org.convene.query.testsupport.ScreeningEvents.SOCIAL;
import static org.convene.query.testsupport.ScreeningEvents.child;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.query.missing.api.FindMissingExportQuery;
import org.convene.query.missing.api.MissingExport;
import org.convene.query.missing.api.MissingExport.AnnexAList8Row;
import org.convene.query.missing.api.MissingExport.Ssda903MissingRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/missing-returns.md: the period 1 April to 30 June 2026 (inclusive,
 * UK dates; British Summer Time, so 23:30 UTC on 31 March is 1 April in the UK).
 */
class MissingExportTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final LocalDate AMIRA_DOB = LocalDate.of(2011, 6, 1);
    private static final LocalDate KAI_DOB = LocalDate.of(2012, 6, 1);
    private static final LocalDate LENA_DOB = LocalDate.of(2010, 2, 14);
    private static final LocalDate NOOR_DOB = LocalDate.of(2013, 9, 9);
    private static final MissingRiskLevel LOW = MissingRiskLevel.LOW;

    private final MissingProjections p = new MissingProjections();

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @BeforeEach
    void example() {
        p.children.on(child("amira", "Amira Fenwick", AMIRA_DOB)); // at home
        p.children.on(lookedAfter("kai", "Kai Marsh", KAI_DOB));
        p.children.on(lookedAfter("lena", "Lena Holt", LENA_DOB));
        p.children.on(child("noor", "Noor Aziz", NOOR_DOB)); // at home
        p.apply(
                // Kai: spans the period start (28 Mar to 2 Apr)
                reported("k-span", "kai", CareAbsenceType.M, at("2026-03-28T18:00:00Z"), LOW),
                returned("k-span", "kai", at("2026-04-02T10:00:00Z")),
                // Kai: away from placement, 10 May 22:00 BST to 11 May; interview offered and completed
                reported("k-away", "kai", CareAbsenceType.A, at("2026-05-10T21:00:00Z"), LOW),
                returned("k-away", "kai", at("2026-05-11T08:00:00Z")),
                offered("k-away", "kai", at("2026-05-11T12:00:00Z")),
                outcome("k-away", "kai", InterviewOutcome.COMPLETED, at("2026-05-12T16:00:00Z"), List.of(), null),
                // Kai: open, last seen 00:30 BST on 30 June
                reported("k-open", "kai", CareAbsenceType.M, at("2026-06-29T23:30:00Z"), LOW),
                // Kai: after the period, open
                reported("k-after", "kai", CareAbsenceType.M, at("2026-07-02T10:00:00Z"), LOW),
                // Lena: before the period entirely
                reported("l-before", "lena", CareAbsenceType.A, at("2026-02-01T10:00:00Z"), LOW),
                returned("l-before", "lena", at("2026-02-02T10:00:00Z")),
                // Lena: 00:30 BST on 1 April, back on 1 July (after the period)
                reported("l-long", "lena", CareAbsenceType.M, at("2026-03-31T23:30:00Z"), LOW),
                returned("l-long", "lena", at("2026-07-01T09:00:00Z")),
                // Lena: 20 to 21 May, offered, declined by the child
                reported("l-may", "lena", CareAbsenceType.M, at("2026-05-20T15:00:00Z"), LOW),
                returned("l-may", "lena", at("2026-05-21T15:00:00Z")),
                offered("l-may", "lena", at("2026-05-22T09:00:00Z")),
                outcome("l-may", "lena", InterviewOutcome.DECLINED_BY_CHILD, at("2026-05-23T09:00:00Z"),
                        List.of(), null),
                // Amira, from home: 3 April (interview completed), then 10 April (declined, never "offered")
                reported("a-1", "amira", null, at("2026-04-03T08:00:00Z"), LOW),
                returned("a-1", "amira", at("2026-04-03T20:00:00Z")),
                offered("a-1", "amira", at("2026-04-04T09:00:00Z")),
                outcome("a-1", "amira", InterviewOutcome.COMPLETED, at("2026-04-05T09:00:00Z"), List.of(), null),
                reported("a-2", "amira", null, at("2026-04-10T19:00:00Z"), LOW),
                returned("a-2", "amira", at("2026-04-11T07:00:00Z")),
                outcome("a-2", "amira", InterviewOutcome.DECLINED_BY_PARENT_OR_CARER, at("2026-04-12T09:00:00Z"),
                        List.of(), null),
                // Noor, from home: 1 June, interview not possible
                reported("n-1", "noor", null, at("2026-06-01T12:00:00Z"), LOW),
                returned("n-1", "noor", at("2026-06-01T22:00:00Z")),
                outcome("n-1", "noor", InterviewOutcome.NOT_POSSIBLE, at("2026-06-03T12:00:00Z"), null, null));
    }

    private static ChildRegisteredEvent lookedAfter(String id, String name, LocalDate dob) {
        return new ChildRegisteredEvent(id, name, dob, false, "1", "WBRI", "Southtown", List.of(), true, SOCIAL,
                Instant.parse("2026-01-05T09:00:00Z"));
    }

    @AfterEach
    void close() {
        p.close();
    }

    private MissingExport export() {
        return p.episodes.handle(new FindMissingExportQuery(FROM, TO));
    }

    @Test
    void ssda903HasEveryCareEpisodeOverlappingThePeriodAndNoHomeEpisode() {
        assertThat(export().ssda903()).containsExactly(
                new Ssda903MissingRow("kai", KAI_DOB, "M", LocalDate.of(2026, 3, 28), LocalDate.of(2026, 4, 2)),
                new Ssda903MissingRow("kai", KAI_DOB, "A", LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 11)),
                new Ssda903MissingRow("kai", KAI_DOB, "M", LocalDate.of(2026, 6, 30), null),
                new Ssda903MissingRow("lena", LENA_DOB, "M", LocalDate.of(2026, 4, 1), null),
                new Ssda903MissingRow("lena", LENA_DOB, "M", LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 21)));
    }

    @Test
    void annexAListsEveryChildWithAnEpisodeStartingInThePeriod() {
        assertThat(export().annexA()).containsExactly(
                new AnnexAList8Row("amira", AMIRA_DOB, 2, 0, "Y", "N"),
                new AnnexAList8Row("kai", KAI_DOB, 1, 1, "N", "N"),
                new AnnexAList8Row("lena", LENA_DOB, 2, 0, "Y", "N"),
                new AnnexAList8Row("noor", NOOR_DOB, 1, 0, "N", "N"));
    }

    @Test
    void acceptedWhenTheLastEpisodesInterviewWasCompleted() {
        p.apply(reported("n-2", "noor", null, at("2026-06-20T12:00:00Z"), LOW),
                returned("n-2", "noor", at("2026-06-21T12:00:00Z")),
                offered("n-2", "noor", at("2026-06-21T15:00:00Z")),
                outcome("n-2", "noor", InterviewOutcome.COMPLETED, at("2026-06-22T12:00:00Z"), List.of(), null));

        assertThat(export().annexA()).filteredOn(r -> r.child().equals("noor"))
                .containsExactly(new AnnexAList8Row("noor", NOOR_DOB, 2, 0, "Y", "Y"));
    }

    @Test
    void anEpisodeReturningLaterIsStillFoundThroughTheMonthsItSpans() {
        // Kai's open episode of 30 June comes back on 2 August: it stays in the period, now ended after it
        p.apply(returned("k-open", "kai", at("2026-08-02T10:00:00Z")));
        assertThat(export().ssda903()).contains(
                new Ssda903MissingRow("kai", KAI_DOB, "M", LocalDate.of(2026, 6, 30), null));
        // and a return in the quarter after shows the end date there
        assertThat(p.episodes.handle(new FindMissingExportQuery(LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30))).ssda903()).contains(
                new Ssda903MissingRow("kai", KAI_DOB, "M", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 8, 2)));
    }
}
