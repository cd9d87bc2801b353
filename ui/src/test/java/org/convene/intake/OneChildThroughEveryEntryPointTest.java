package org.convene.intake;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.intake.csv.ProgressListener;
import org.convene.intake.missing.MissingImportReport;
import org.convene.intake.missing.MissingNotificationFile;
import org.convene.intake.missing.MissingNotificationImport;
import org.convene.intake.referral.ImportReport;
import org.convene.intake.referral.PoliceNotificationFile;
import org.convene.intake.referral.PoliceNotificationImport;
import org.convene.testsupport.TestUsers;
import org.convene.testsupport.RestCalls;
import org.convene.ui.KaribuViewTestBase;
import org.convene.ui.missing.MissingBoardView;
import org.convene.ui.missing.ReportMissingDialog;
import org.convene.ui.referral.IntakeRecorded;
import org.convene.ui.referral.IntakeDialog;
import org.convene.ui.referral.RecordReferralDialog;
import org.convene.ui.referral.ReferralListView;
import org.convene.ui.shared.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Issue 15's "one child through every entry point": a child is registered, and at once (the
 * {@code screening} read model held still, as if its projection were behind) a referral or missing
 * notification naming the same name and date of birth comes in through the referral form, REST, the
 * police notification import, the missing form, REST and the missing notification import. Each time
 * the existing record is found on the write side and named: one child record, not two.
 */
class OneChildThroughEveryEntryPointTest extends KaribuViewTestBase {

    private static final LocalDate BORN = LocalDate.now(Formats.UK).minusYears(9);

    @Autowired EventProcessingConfiguration processing;
    @Autowired EventStore eventStore;
    @Autowired CommandGateway commands;
    @Autowired TestRestTemplate rest;
    @Autowired org.axonframework.extensions.mongo.MongoTemplate axonMongo;
    @Autowired PoliceNotificationImport policeImport;
    @Autowired MissingNotificationImport missingImport;
    private final ObjectMapper json = new ObjectMapper();
    private TrackingEventProcessor screening;
    /** The id a form recorded, from its {@link IntakeRecorded} event. */
    private final AtomicReference<String> recorded = new AtomicReference<>();

    /** A child registered a moment ago, under a name used by no other test. */
    private record Child(String name, String id) {
    }

    /** The read model that offered matches before: held still, so only the write side can know the child. */
    @BeforeEach
    void holdTheScreeningProjection() {
        screening = processing.eventProcessor("screening", TrackingEventProcessor.class).orElseThrow();
        screening.shutDown();
    }

    @AfterEach
    void releaseTheScreeningProjection() {
        screening.start();
    }

    @Test
    void theReferralForm() {
        Child child = registeredChild("Form");
        RecordReferralDialog dialog = openWithTheRecordPicked(ReferralListView.class, "record-referral",
                RecordReferralDialog.class, child);
        _setValue(field(dialog, Select.class, "dash-level"), DashLevel.STANDARD);
        saved(dialog);

        assertOneRecordNamedBy(child, referralChildren(recorded.get()));
    }

    @Test
    void theMissingForm() {
        Child child = registeredChild("Missing Form");
        ReportMissingDialog dialog = openWithTheRecordPicked(MissingBoardView.class, "report-missing",
                ReportMissingDialog.class, child);
        _setValue(field(dialog, RadioButtonGroup.class, "missing-from"), MissingFrom.HOME);
        _setValue(field(dialog, DateTimePicker.class, "last-seen-at"),
                LocalDateTime.now(Formats.UK).minusHours(2).truncatedTo(ChronoUnit.MINUTES));
        _setValue(field(dialog, TextField.class, "police-reference"), "MF-" + UUID.randomUUID().toString().substring(0, 8));
        _setValue(field(dialog, Select.class, "missing-risk-level"), MissingRiskLevel.MEDIUM);
        saved(dialog);

        assertOneRecordNamedBy(child, List.of(episodeChild(recorded.get())));
    }

    @Test
    void theReferralsApi() throws Exception {
        Child child = registeredChild("Rest");
        ResponseEntity<String> response = post("/api/referrals", """
                {"receivedAt":"%s","sourceCode":"6","type":"POLICE_DOMESTIC_ABUSE_NOTIFICATION","dashLevel":"MEDIUM",
                 "children":[{"fullName":"%s","dateOfBirth":"%s"}]}
                """.formatted(Instant.now().minus(1, ChronoUnit.HOURS), child.name().toUpperCase(), BORN));

        assertOneRecordNamedBy(child, referralChildren(created(response, "referralId")));
    }

    @Test
    void theMissingEpisodesApi() throws Exception {
        Child child = registeredChild("Missing Rest");
        ResponseEntity<String> response = post("/api/missing-episodes", """
                {"child":{"fullName":"%s","dateOfBirth":"%s"},"missingFrom":"HOME","lastSeenAt":"%s",
                 "policeReference":"MR-%s","riskLevel":"LOW"}
                """.formatted(child.name(), BORN, Instant.now().minus(2, ChronoUnit.HOURS),
                UUID.randomUUID().toString().substring(0, 8)));

        assertOneRecordNamedBy(child, List.of(episodeChild(created(response, "episodeId"))));
    }

    @Test
    void thePoliceNotificationImport() throws Exception {
        Child child = registeredChild("Import");
        String reference = "NP-ONE-" + UUID.randomUUID().toString().substring(0, 8);
        importedOne(reader -> policeImport.importCsv(reader, ProgressListener.NONE), ImportReport::recorded, """
                police_reference,received_at,dash_level,child_name,child_dob
                %s,%s,standard,%s,%s
                """.formatted(reference, Instant.now().minus(1, ChronoUnit.HOURS), child.name(), BORN));

        assertOneRecordNamedBy(child, referralChildren(PoliceNotificationFile.referralIdFor(reference)));
    }

    @Test
    void theMissingNotificationImport() throws Exception {
        Child child = registeredChild("Missing Import");
        String reference = "MP-ONE-" + UUID.randomUUID().toString().substring(0, 8);
        importedOne(reader -> missingImport.importCsv(reader, ProgressListener.NONE), MissingImportReport::recorded, """
                police_reference,child_name,child_dob,missing_from,last_seen_at,risk_level
                %s,%s,%s,home,%s,low
                """.formatted(reference, child.name(), BORN, Instant.now().minus(2, ChronoUnit.HOURS)));

        assertOneRecordNamedBy(child, List.of(episodeChild(MissingNotificationFile.episodeIdFor(reference))));
    }

    /**
     * As a screener, opens the form from its view, enters the child's name and date of birth as a
     * person does and picks the record offered; the id recorded will be put in {@code recorded}.
     */
    private <D extends IntakeDialog<?>> D openWithTheRecordPicked(Class<? extends Component> view, String button,
                                                                  Class<D> form, Child child) {
        loginAs("police.screener");
        UI.getCurrent().navigate(view);
        _click(_get(Button.class, spec -> spec.withId(button)));
        D dialog = _get(form);
        ComponentUtil.addListener(dialog, IntakeRecorded.class, e -> recorded.set(e.recordId()));
        pickTheRecordOffered(dialog, child.name(), child.id());
        return dialog;
    }

    @SuppressWarnings("unchecked")
    private static void pickTheRecordOffered(Component form, String name, String childId) {
        _setValue(field(form, DatePicker.class, "child-1-dob"), BORN);
        _setValue(field(form, TextField.class, "child-1-name"), name);
        RadioButtonGroup<String> match = field(form, RadioButtonGroup.class, "child-1-match");
        assertThat(match.getListDataView().getItems()).as("the record made a moment ago is offered").contains(childId);
        _setValue(match, childId);
    }

    private static <T extends Component> T field(Component form, Class<T> type, String id) {
        return _get(form, type, spec -> spec.withId(id));
    }

    /** Saves the form, which closes once the record is made (and otherwise says why not). */
    private static void saved(IntakeDialog<?> form) {
        _click(form.save);
        assertThat(form.isOpened()).as(form.errors.getElement().getTextRecursively()).isFalse();
    }

    /** The id a REST call answered with 201 Created, under {@code idField}. */
    private String created(ResponseEntity<String> response, String idField) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get(idField).asText();
    }

    /** A name used by no other test: letters only, as names are. */
    private static String name(String entryPoint) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return "Ola " + entryPoint + " " + Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    /** Registers a child the way a screener does. */
    private Child registeredChild(String entryPoint) {
        String name = name(entryPoint);
        String childId = UUID.randomUUID().toString();
        try {
            TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new RegisterChildCommand(childId, name,
                    BORN, false, "2", null, null, List.of(), false)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return new Child(name, childId);
    }

    /** Imports the file as a screener: one record is made. */
    private <R> void importedOne(Function<Reader, R> importer, ToIntFunction<R> recordedOf, String csv) throws Exception {
        R report = TestUsers.as(users, "police.screener", () -> importer.apply(new StringReader(csv)));
        assertThat(recordedOf.applyAsInt(report)).as(String.valueOf(report)).isEqualTo(1);
    }

    /** What was recorded names the child registered a moment ago, and there is one child record of that name. */
    private void assertOneRecordNamedBy(Child child, List<String> childrenRecorded) {
        assertThat(childrenRecorded).as("the children the record names").containsExactly(child.id());
        String name = child.name();
        long records = axonMongo.eventCollection()
                .find(new Document("payloadType", ChildRegisteredEvent.class.getName())).into(new java.util.ArrayList<>())
                .stream().filter(e -> String.valueOf(e.get("serializedPayload")).toLowerCase(java.util.Locale.ROOT)
                        .contains("\"" + name.toLowerCase(java.util.Locale.ROOT) + "\""))
                .count();
        assertThat(records).as("child records named %s", name).isEqualTo(1);
    }

    private List<String> referralChildren(String referralId) {
        return eventStore.readEvents(referralId).asStream().map(e -> e.getPayload())
                .filter(ReferralReceivedEvent.class::isInstance).map(ReferralReceivedEvent.class::cast)
                .findFirst().orElseThrow().childIds();
    }

    private String episodeChild(String episodeId) {
        return eventStore.readEvents(episodeId).asStream().map(e -> e.getPayload())
                .filter(MissingEpisodeReportedEvent.class::isInstance).map(MissingEpisodeReportedEvent.class::cast)
                .findFirst().orElseThrow().childId();
    }

    private ResponseEntity<String> post(String path, String body) {
        return new RestCalls(rest).post("police.screener", path, body);
    }
}
