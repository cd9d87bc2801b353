package org.convene.query.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.query.testsupport.ScreeningEvents.child;
import static org.convene.query.testsupport.ScreeningEvents.received;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.query.referral.api.FindRecentReferralsQuery;
import org.convene.query.referral.api.ReferralSummary;
import org.convene.query.testsupport.Dispatch;
import org.convene.query.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReferralListProjectionTest {

    private final EmbeddedMongo store = new EmbeddedMongo();
    private final ReferralListProjection projection =
            new ReferralListProjection(store.template(), mock(QueryUpdateEmitter.class));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aReferralAboutRegisteredChildrenIsListedWithTheirNames() {
        Dispatch.to(child("c1", "Amira Fenwick", LocalDate.of(2018, 5, 4)), projection);
        Dispatch.to(child("c2", "Tobias Fenwick", LocalDate.of(2020, 5, 4)), projection);
        var receipt = received("r1", Instant.parse("2026-03-16T09:00:00Z"), false, DashLevel.HIGH, "c1", "c2");
        Dispatch.to(receipt, projection);
        Dispatch.to(receipt, projection);

        assertThat(projection.handle(new FindRecentReferralsQuery(10))).singleElement().satisfies(r -> {
            assertThat(r.childName()).isEqualTo("Amira Fenwick, Tobias Fenwick");
            assertThat(r.childDateOfBirth()).isEqualTo(LocalDate.of(2018, 5, 4));
            assertThat(r.recordedByAgency()).isEqualTo("northshire-police");
        });

        projection.reset();
        assertThat(projection.handle(new FindRecentReferralsQuery(10))).isEmpty();
    }

    @Test
    void theNewestReferralsComeFirstFromAnIndexThatSurvivesAReset() {
        for (int i = 0; i < 30; i++) {
            Dispatch.to(received("r" + i, Instant.parse("2026-03-16T09:00:00Z").plusSeconds(3600L * ((i * 7) % 30)),
                    false, DashLevel.STANDARD), projection);
        }
        assertThat(projection.handle(new FindRecentReferralsQuery(3))).extracting(ReferralSummary::referralId)
                .containsExactly("r17", "r4", "r21");   // 29, 28 and 27 hours after the first
        assertThat(indexedFields()).contains("receivedAt");

        projection.reset();
        assertThat(indexedFields()).as("a rebuild starts from an empty list with its index").contains("receivedAt");
    }

    private java.util.List<String> indexedFields() {
        return store.template().indexOps("referral_list").getIndexInfo().stream()
                .flatMap(index -> index.getIndexFields().stream()).map(f -> f.getKey()).toList();
    }
}
