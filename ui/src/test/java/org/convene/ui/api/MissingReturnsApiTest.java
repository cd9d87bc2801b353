package org.convene.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.TestUsers;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The DfE missing returns as CSV downloads: a hand-worked looked-after child's episodes. */
@ConveneSpringTest
class MissingReturnsApiTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired TestRestTemplate rest;
    @Autowired CommandGateway commands;
    @Autowired MongoUserDetailsService users;

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, ConveneSpringTest.DEMO_PASSWORD);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void theSsda903TableListsTheLookedAfterChildsEpisodesAndAnOpenOneHasNoEndDate() throws Exception {
        String childId = UUID.randomUUID().toString();
        String closed = UUID.randomUUID().toString();
        String open = UUID.randomUUID().toString();
        LocalDate day = LocalDate.now(UK).minusDays(20);
        Instant lastSeen = LocalDateTime.of(day, java.time.LocalTime.of(18, 0)).atZone(UK).toInstant();
        TestUsers.run(users, "police.screener", () -> {
            commands.sendAndWait(new RegisterChildCommand(childId, "Zara Kettleby", LocalDate.of(2010, 7, 14), false,
                    "2", "WBRI", "Westmere", List.of(), true));
            commands.sendAndWait(new ReportMissingEpisodeCommand(closed, childId, MissingFrom.CARE,
                    CareAbsenceType.A, lastSeen, "MP-R-1", MissingRiskLevel.LOW, "Residential home", null, null));
            commands.sendAndWait(new RecordChildReturnedCommand(closed, lastSeen.plus(Duration.ofHours(20)),
                    "Boyfriend's flat", "Police", null));
            commands.sendAndWait(new ReportMissingEpisodeCommand(open, childId, MissingFrom.CARE, CareAbsenceType.M,
                    lastSeen.plus(Duration.ofDays(10)), "MP-R-2", MissingRiskLevel.MEDIUM, "Residential home", null,
                    null));
        });
        String period = "?from=" + day.minusDays(1) + "&to=" + LocalDate.now(UK);
        String dob = "14/07/2010";
        String start1 = day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String end1 = day.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String start2 = day.plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        String csv = Eventually.await(() -> get("mash.chair", "/api/missing-returns/ssda903.csv" + period).getBody(),
                body -> body != null && body.contains(childId + "," + dob + ",M,"), Duration.ofSeconds(30));

        assertThat(csv).startsWith("CHILD,DOB,MISSING,MIS_START,MIS_END");
        // last seen 18:00, back 14:00 the next day
        assertThat(csv.lines()).contains(childId + "," + dob + ",A," + start1 + "," + end1);
        assertThat(csv.lines()).contains(childId + "," + dob + ",M," + start2 + ",");

        String annexA = get("mash.chair", "/api/missing-returns/annex-a-list-8.csv" + period).getBody();
        assertThat(annexA).startsWith("CHILD,DOB,MISSING_EPISODES,AWAY_EPISODES");
        assertThat(annexA).contains(childId + "," + dob + ",1,1,N,N");
    }

    @Test
    void anAnalystCannotDownloadChildLevelReturnsAndABackwardsPeriodIsRefused() {
        assertThat(get("analyst", "/api/missing-returns/ssda903.csv?from=2026-04-01&to=2027-03-31").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> backwards = get("mash.chair", "/api/missing-returns/ssda903.csv?from=2026-04-01&to=2025-03-31");
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody()).contains("start date on or before the end date");
    }
}
