package org.convene.coordination.child.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every side follows merged child records the same way: through chains, to the record that is current. */
class ChildMergesTest {

    @Test
    void aRecordMergedIntoOneThatWasMergedSinceLeadsToTheLast() {
        Map<String, String> mergedInto = Map.of("a", "b", "b", "c");

        assertThat(ChildMerges.currentId("a", mergedInto::get)).isEqualTo("c");
        assertThat(ChildMerges.currentId("b", mergedInto::get)).isEqualTo("c");
    }

    @Test
    void aCurrentOrUnknownRecordIsItsOwnCurrentRecord() {
        assertThat(ChildMerges.currentId("c", Map.of("a", "c")::get)).isEqualTo("c");
        assertThat(ChildMerges.currentId("unknown", id -> null)).isEqualTo("unknown");
        assertThat(ChildMerges.currentId(null, id -> "never asked")).isNull();
    }

    @Test
    void theWalkEndsEvenIfTheLinksWentRoundInACircle() {
        assertThat(ChildMerges.currentId("a", Map.of("a", "b", "b", "a")::get)).isIn("a", "b");
    }
}
