package org.convene.coordination.child;

import static org.convene.coordination.shared.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.child.api.AgencyIdentifier;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.child.api.IdentifierType;
import org.convene.coordination.child.api.MergeChildRecordsCommand;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.RecordedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChildTest {

    private static final MetaData SCREENER = actor("social.screener", "northshire-csc");
    private static final RecordedBy BY = new RecordedBy("social.screener", "northshire-csc");

    private FixtureConfiguration<Child> fixture;
    private final InMemoryChildIdentityIndex identities = new InMemoryChildIdentityIndex();
    private Instant now;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Child.class);
        fixture.registerInjectableResource(identities);
        fixture.registerAnnotatedCommandHandler(new ChildMergeHandler(fixture.getRepository()));
        now = fixture.givenNoPriorActivity().currentTime();
        today = LocalDate.ofInstant(now, org.convene.coordination.shared.api.TextRules.UK);
    }

    private ChildRegisteredEvent registered(String id) {
        return new ChildRegisteredEvent(id, "Amira Fenwick", today.minusYears(7), false, "2", "WBRI", "Northtown",
                List.of(), false, BY, now);
    }

    @Test
    void aRegistrationIsInTheIdentityIndexUnderItsNormalisedNameAndDateOfBirth() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChildCommand("child-1", " Amíra  FENWICK ", today.minusYears(7), false, null, null,
                        null, List.of(), false), SCREENER)
                .expectSuccessfulHandlerExecution();
        assertThat(identities.childIdsOf("amira fenwick|" + today.minusYears(7))).containsExactly("child-1");
    }

    @Test
    void aRefusedRegistrationIsNotIndexed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChildCommand("child-1", "Amira Fenwick", today.plusYears(1), false, null, null,
                        null, List.of(), false), SCREENER)
                .expectException(CommandRejectedException.class);
        assertThat(identities.childIdsOf("amira fenwick|" + today.plusYears(1))).isEmpty();
    }

    @Test
    void registersAChildWithDfeCodesAndAgencyIdentifiers() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChildCommand("child-1", " Amira Fenwick ", today.minusYears(7), false, "2", "WBRI",
                        "Northtown", List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, "943 476 5919")), true),
                        SCREENER)
                .expectEvents(new ChildRegisteredEvent("child-1", "Amira Fenwick", today.minusYears(7), false, "2",
                        "WBRI", "Northtown", List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, "9434765919")),
                        true, BY, now));
    }

    @Test
    void registersAnUnbornChildWithAnExpectedDate() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChildCommand("child-1", "Unborn Fenwick", today.plusMonths(3), true, null, null,
                        null, null, false), SCREENER)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesInvalidCodesDatesAndIdentifiers() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChildCommand("child-1", "Amira Fenwick", today.plusDays(2), false, "9", "XXXX",
                        null, List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, "1234567890")), false), SCREENER)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        containsString("cannot be in the future"),
                        containsString("'9' is not a DfE sex code."),
                        containsString("'XXXX' is not a DfE ethnicity code."),
                        containsString("The NHS number is not valid")))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterChildCommand("child-1", "<script>x</script>\u0007", null, true, null, null, null,
                        null, false), SCREENER)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void nhsNumberCheckDigit() {
        assertThat(org.convene.coordination.child.api.NhsNumber.isValid("9434765919")).isTrue();
        assertThat(org.convene.coordination.child.api.NhsNumber.isValid("9434765918")).isFalse();
        assertThat(org.convene.coordination.child.api.NhsNumber.isValid("94347659")).isFalse();
    }

    @Test
    void aRecordCannotBeMergedIntoItself() {
        fixture.given(registered("child-2"))
                .when(new MergeChildRecordsCommand("child-2", "child-2", "Same child"), SCREENER)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(containsString("cannot be merged into itself"));
    }

    /** The child records with their merge handler and identity lookup, on an in-memory event store, started. */
    private org.axonframework.config.Configuration childRecordsInMemory() {
        org.axonframework.config.Configuration axon = org.axonframework.config.DefaultConfigurer
                .defaultConfiguration()
                .configureEmbeddedEventStore(c -> new org.axonframework.eventsourcing.eventstore.inmemory
                        .InMemoryEventStorageEngine())
                .configureAggregate(Child.class)
                .registerComponent(ChildIdentityIndex.class, c -> identities)
                .registerCommandHandler(c -> new ChildMergeHandler(c.repository(Child.class)))
                .registerQueryHandler(c -> new ChildIdentityLookup(identities, c.eventStore()))
                .buildConfiguration();
        axon.start();
        return axon;
    }

    private static void sendAsScreener(org.axonframework.config.Configuration axon, Object command) {
        axon.commandGateway().sendAndWait(org.axonframework.commandhandling.GenericCommandMessage
                .asCommandMessage(command).andMetaData(SCREENER));
    }

    /** Merging spans two records, so it runs on a small Axon configuration with an in-memory event store. */
    @Test
    void aMergeChecksTheSurvivorAndIsRecordedOnTheDuplicate() {
        org.axonframework.config.Configuration axon = childRecordsInMemory();
        try {
            java.util.function.Consumer<Object> send = command -> sendAsScreener(axon, command);
            send.accept(new RegisterChildCommand("child-1", "Amira Fenwick", today.minusYears(7), false, null, null,
                    null, null, false));
            send.accept(new RegisterChildCommand("child-2", "Amirah Fenwick", today.minusYears(7), false, null, null,
                    null, null, false));

            mergeRefused(send, new MergeChildRecordsCommand("child-2", "child-missing", "Same child"),
                    "There is no child record child-missing.");
            mergeRefused(send, new MergeChildRecordsCommand("child-2", "child-1", " "),
                    "Give the reason for the merge.");

            send.accept(new MergeChildRecordsCommand("child-2", "child-1", "Same child: spelling differs"));
            var events = axon.eventStore().readEvents("child-2").asStream().map(m -> m.getPayload()).toList();
            assertThat(events).hasSize(2);
            assertThat(events.get(1)).isEqualTo(new ChildRecordsMergedEvent("child-2", "child-1",
                    "Same child: spelling differs", BY, ((ChildRecordsMergedEvent) events.get(1)).recordedAt()));

            mergeRefused(send, new MergeChildRecordsCommand("child-2", "child-1", "Again"), "already merged");
            mergeRefused(send, new MergeChildRecordsCommand("child-1", "child-2", "Reverse"), "was itself merged");
            // Nothing about the surviving record was changed or lost.
            assertThat(axon.eventStore().readEvents("child-1").asStream().count()).isEqualTo(1);
        } finally {
            axon.shutdown();
        }
    }

    /** The write side finds a record the moment it is registered, checked against the record, merges followed. */
    @Test
    void theIdentityLookupFindsTheCurrentRecordOfAnExactNameAndDateOfBirth() {
        org.axonframework.config.Configuration axon = childRecordsInMemory();
        try {
            java.util.function.Consumer<Object> send = command -> sendAsScreener(axon, command);
            java.util.function.Function<String, List<String>> find = name -> axon.queryGateway()
                    .query(new org.convene.coordination.child.api.FindRegisteredChildrenQuery(name, today.minusYears(7)),
                            org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf(
                                    org.convene.coordination.child.api.RegisteredChild.class)).join()
                    .stream().map(org.convene.coordination.child.api.RegisteredChild::childId).toList();
            send.accept(new RegisterChildCommand("child-1", "Amira Fenwick", today.minusYears(7), false, null, null,
                    null, null, false));
            assertThat(find.apply(" AMIRA   fenwick")).containsExactly("child-1");
            assertThat(find.apply("Amirah Fenwick")).isEmpty();

            send.accept(new RegisterChildCommand("child-2", "Amira Fenwick", today.minusYears(7), false, null, null,
                    null, null, false));
            assertThat(find.apply("Amira Fenwick")).containsExactly("child-1", "child-2");
            send.accept(new MergeChildRecordsCommand("child-2", "child-1", "Same child"));
            assertThat(find.apply("Amira Fenwick")).containsExactly("child-1");

            identities.add("amira fenwick|" + today.minusYears(7), "never-stored");
            assertThat(find.apply("Amira Fenwick")).as("an entry without a stored record").containsExactly("child-1");
        } finally {
            axon.shutdown();
        }
    }

    /** Sending {@code merge} is refused with a message containing these words. */
    private static void mergeRefused(java.util.function.Consumer<Object> send, MergeChildRecordsCommand merge,
                                     String words) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> send.accept(merge))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessageContaining(words);
    }
}
