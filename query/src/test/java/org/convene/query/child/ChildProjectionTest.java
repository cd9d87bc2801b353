package org.convene.query.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.query.testsupport.ScreeningEvents.child;
import static org.convene.query.testsupport.ScreeningEvents.merged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.query.child.api.ChildDetails;
import org.convene.query.child.api.ChildMatch;
import org.convene.query.child.api.FindChildQuery;
import org.convene.query.child.api.FindLikelyChildMatchesQuery;
import org.convene.query.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChildProjectionTest {

    private static final LocalDate DOB = LocalDate.of(2018, 5, 4);

    private final EmbeddedMongo store = new EmbeddedMongo();
    private final ChildDirectory directory = new ChildDirectory(store.template());
    private final ChildProjection projection = new ChildProjection(store.template(), directory,
            new org.convene.query.audit.AccessLog(store.template(), directory));

    @AfterEach
    void close() {
        store.close();
    }

    private List<ChildMatch> matches(String name, LocalDate dob) {
        return projection.handle(new FindLikelyChildMatchesQuery(name, dob));
    }

    @Test
    void aMisspeltNameWithTheSameDateOfBirthIsALikelyMatchBestFirst() {
        projection.on(child("c1", "Amira Fenwick", DOB));
        projection.on(child("c2", "Amir Fenwicke", DOB));
        projection.on(child("c3", "Tobias Quill", DOB));
        projection.on(child("c4", "Amira Fenwick", DOB.plusDays(1)));

        List<ChildMatch> matches = matches("Amira Fenwik", DOB);

        assertThat(matches).extracting(ChildMatch::childId).containsExactly("c1", "c2");
        assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score()).isLessThan(1.0);
        assertThat(matches).allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.85));
        assertThat(matches.get(0).locality()).isEqualTo("Northtown");
    }

    @Test
    void caseAccentsPunctuationSpacesAndNameOrderAreIgnored() {
        projection.on(child("c1", "Zoë O'Neill-Barnes", DOB));

        assertThat(matches("  zoe   oneill barnes ", DOB)).singleElement()
                .satisfies(m -> assertThat(m.score()).isEqualTo(1.0));
        assertThat(matches("O'Neill-Barnes, Zoe", DOB)).extracting(ChildMatch::childId).containsExactly("c1");
    }

    @Test
    void theDateWithDayAndMonthSwappedAlsoMatches() {
        projection.on(child("c1", "Amira Fenwick", LocalDate.of(2018, 4, 5)));

        assertThat(matches("Amira Fenwick", DOB)).singleElement().satisfies(m -> {
            assertThat(m.childId()).isEqualTo("c1");
            assertThat(m.score()).isLessThan(1.0).isGreaterThanOrEqualTo(0.85);
        });
        assertThat(ChildProjection.swapped(LocalDate.of(2018, 5, 14))).isEmpty();
        assertThat(ChildProjection.swapped(LocalDate.of(2018, 5, 5))).isEmpty();
    }

    @Test
    void aMergedAwayRecordIsNotOfferedAndAnswersWithTheSurvivingRecord() {
        projection.on(child("c1", "Amira Fenwick", DOB));
        projection.on(child("dup", "Amira Fenwik", DOB));
        assertThat(matches("Amira Fenwick", DOB)).extracting(ChildMatch::childId).containsExactly("c1", "dup");

        projection.on(merged("dup", "c1", Instant.parse("2026-03-02T10:00:00Z")));

        assertThat(matches("Amira Fenwick", DOB)).extracting(ChildMatch::childId).containsExactly("c1");
        ChildDetails found = projection.handle(new FindChildQuery("dup"));
        assertThat(found.childId()).isEqualTo("c1");
        assertThat(found.fullName()).isEqualTo("Amira Fenwick");
        assertThat(found.mergedChildIds()).containsExactly("dup");
        assertThat(projection.handle(new FindChildQuery("c1"))).isEqualTo(found);
        assertThat(projection.handle(new FindChildQuery("unknown"))).isNull();
    }

    @Test
    void mergesChain() {
        projection.on(child("a", "Amira Fenwick", DOB));
        projection.on(child("b", "Amira Fenwick", DOB));
        projection.on(child("c", "Amira Fenwick", DOB));
        projection.on(merged("a", "b", Instant.parse("2026-03-02T10:00:00Z")));
        projection.on(merged("b", "c", Instant.parse("2026-03-03T10:00:00Z")));

        assertThat(projection.handle(new FindChildQuery("a")).childId()).isEqualTo("c");
        assertThat(projection.handle(new FindChildQuery("c")).mergedChildIds()).containsExactly("b", "a");
        assertThat(matches("Amira Fenwick", DOB)).extracting(ChildMatch::childId).containsExactly("c");
    }

    @Test
    void applyingTheSameEventsTwiceChangesNothing() {
        var registered = child("c1", "Amira Fenwick", DOB);
        var merge = merged("dup", "c1", Instant.parse("2026-03-02T10:00:00Z"));
        projection.on(registered);
        projection.on(child("dup", "Amira Fenwik", DOB));
        projection.on(merge);
        ChildDetails before = projection.handle(new FindChildQuery("c1"));
        List<ChildMatch> matchesBefore = matches("Amira Fenwick", DOB);

        projection.on(registered);
        projection.on(merge);

        assertThat(projection.handle(new FindChildQuery("c1"))).isEqualTo(before);
        assertThat(matches("Amira Fenwick", DOB)).isEqualTo(matchesBefore);
    }

    @Test
    void resetClearsEverything() {
        projection.on(child("c1", "Amira Fenwick", DOB));
        projection.on(child("dup", "Amira Fenwick", DOB));
        projection.on(merged("dup", "c1", Instant.parse("2026-03-02T10:00:00Z")));

        projection.reset();

        assertThat(projection.handle(new FindChildQuery("c1"))).isNull();
        assertThat(projection.handle(new FindChildQuery("dup"))).isNull();
        assertThat(matches("Amira Fenwick", DOB)).isEmpty();
    }
}
