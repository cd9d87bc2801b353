package org.convene.ui.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.coordination.shared.api.TextRules.UK;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.panel.api.SchedulePanelMeetingCommand;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.convene.query.panel.api.FindPanelAgendaQuery;
import org.convene.query.panel.api.PanelAgenda;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

/**
 * The acceptance test of the exploitation panel (issue 5): a panel chair opens the meeting's
 * agenda, reviews a young person's chronology, records the outcome with an action, and downloads
 * the PDF panel pack; the pack holds the young person's events in the order they happened.
 */
@ConveneSpringTest
@ExtendWith(BrowserExtension.class)
class PanelMeetingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private MongoUserDetailsService users;

    @Test
    void theChairRunsTheMeetingFromTheAgendaAndThePackHoldsTheChronologyInOrder(Windows windows) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Panel Child " + suffix;
        String childId = UUID.randomUUID().toString();
        String meetingId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        // a young person known to the police and missing last week, then referred to the panel
        TestUsers.run(users, "police.screener", () -> {
            commands.sendAndWait(new RegisterChildCommand(childId, name, LocalDate.now(UK).minusYears(15), false,
                    "1", "WBRI", "Northtown", List.of(), false));
            commands.sendAndWait(new ReceiveReferralCommand(UUID.randomUUID().toString(),
                    now.minus(Duration.ofDays(10)), "5A", ReferralType.PROFESSIONAL_CONCERN,
                    LocalDate.now(UK).minusDays(11), List.of(childId), List.of(), List.of(), null,
                    "School concern about older friends. Fictitious.", false, null));
            String episodeId = UUID.randomUUID().toString();
            commands.sendAndWait(new ReportMissingEpisodeCommand(episodeId, childId, MissingFrom.HOME, null,
                    now.minus(Duration.ofDays(5)), "MP-" + suffix, MissingRiskLevel.MEDIUM, "Mother",
                    "Did not come home. Fictitious.", "Northtown bus station"));
            commands.sendAndWait(new RecordChildReturnedCommand(episodeId, now.minus(Duration.ofDays(5))
                    .plus(Duration.ofHours(10)), "A flat in Eastbridge", "Police", null));
        });
        TestUsers.run(users, "panel.member", () -> commands.sendAndWait(new ReferYoungPersonToPanelCommand(childId,
                UUID.randomUUID().toString(), List.of(ExploitationType.CRIMINAL), PanelRiskLevel.MEDIUM,
                "Found in a flat in Eastbridge with cash. Fictitious.")));
        TestUsers.run(users, "panel.chair", () -> commands.sendAndWait(new SchedulePanelMeetingCommand(meetingId,
                LocalDate.now(UK), LocalTime.of(10, 0), "Chris Lyle", "Committee room " + suffix)));
        TestUsers.run(users, "panel.chair", () -> Eventually.answer(queries, new FindPanelAgendaQuery(meetingId),
                PanelAgenda.class, a -> a != null && a.items().stream().anyMatch(i -> i.childId().equals(childId)
                        && i.childName().equals(name)), WAIT));

        // the chair signs in and opens the agenda: the young person is there as a new referral
        Page page = windows.signedInAs("panel.chair");
        PanelAgendaPage agenda = PanelAgendaPage.fromMeetings(page, meetingId);
        assertThat(agenda.item(childId)).containsText(name);
        assertThat(agenda.item(childId)).containsText("New referral");

        // reviews the chronology, then comes back to the agenda
        var chronology = agenda.openChronology(childId);
        assertThat(chronology).containsText("Referred to the exploitation panel");
        assertThat(chronology).containsText("Reported missing from home");
        page.goBack();
        agenda = new PanelAgendaPage(page).waitUntilShown();

        // records the outcome with a Protect action for the police
        agenda.recordOutcome(childId)
                .risk("High")
                .rationale("Escalating criminal exploitation; cash and a second phone found. Fictitious.")
                .places("Flat above the Eastbridge takeaway")
                .action(1, "Protect", "Safety plan " + suffix, "Northshire Police")
                .save();
        assertThat(agenda.item(childId)).containsText("Discussed: risk high");

        // the chronology has taken in the outcome before the chair prints the pack
        TestUsers.run(users, "panel.chair", () -> Eventually.await(() -> chronology(childId),
                entries -> entries.stream().anyMatch(e -> e.kind().equals("PANEL_ACTION_AGREED")), WAIT));
        Path pdf = agenda.downloadPack();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Exploitation panel:", "Chris Lyle", name);
        int section = text.indexOf(name, text.indexOf(name) + name.length());   // after the agenda's row
        assertThat(section).as("the young person's section").isPositive();
        int start = text.indexOf("Chronology", section);
        int end = text.indexOf("Risk level: ", start);
        String ours = end < 0 ? text.substring(start) : text.substring(start, end);
        List<Integer> positions = new ArrayList<>();
        for (String event : List.of("Referral received", "Reported missing from home", "Returned from missing",
                "Referred to the exploitation", "Discussed at the exploitation", "Panel action agreed")) {
            int at = ours.indexOf(event);
            assertThat(at).as("'%s' in the young person's chronology in the pack", event).isNotNegative();
            positions.add(at);
        }
        assertThat(positions).as("the events in the order they happened").isSorted();
        assertThat(ours).contains("Safety plan " + suffix);
    }

    private List<ChronologyEntry> chronology(String childId) {
        try {
            return queries.query(new FindChildChronologyQuery(childId, org.convene.query.audit.api.AccessPurpose.PANEL),
                    ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return List.of();
        }
    }
}
