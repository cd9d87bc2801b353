package org.convene.ui.api;

import java.io.IOException;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.query.referral.api.FindReferralDetailsQuery;
import org.convene.query.referral.api.ReferralDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.intake.Intake;
import org.convene.intake.referral.ImportReport;
import org.convene.intake.referral.PoliceNotificationImport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Referrals over REST, and the bulk import of a police notification file. */
@RestController
@RequestMapping(path = "/api/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Referrals")
class ReferralsController extends IntakeResource<ImportReport> {

    ReferralsController(CommandGateway commands, QueryGateway queries, Intake intake,
                        PoliceNotificationImport policeImport) {
        super(commands, queries, intake, policeImport::importCsv);
    }

    @GetMapping("/{referralId}")
    @Operation(summary = "A referral with each agency's checks, the decisions and the actions")
    @ApiResponse(responseCode = "200", description = "The referral")
    @ApiResponse(responseCode = "404", description = "No such referral")
    ResponseEntity<ReferralDetails> find(@PathVariable String referralId) {
        return found(new FindReferralDetailsQuery(referralId), ReferralDetails.class);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a referral about children", description = "Screeners and meeting chairs. Name "
            + "registered children by id (childIds) or describe them (children): a described child is the record with "
            + "exactly that name and date of birth when there is one, otherwise a new record. Send your own "
            + "referralId to retry safely: the same id twice records nothing the second time and answers 409.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid input or a broken rule; nothing was recorded")
    @ApiResponse(responseCode = "409", description = "A referral with this id is already recorded")
    ResponseEntity<Map<String, String>> receive(@RequestBody ReceiveReferralRequest request) {
        String id = Answers.clientId(request.referralId(), "A referralId");
        intake.receiveReferral(request.toCommand(id), request.intakeChildren());
        return Answers.created("/api/referrals/" + id, "referralId", id);
    }

    @PostMapping(path = "/{referralId}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revise the screening decision", description = "Meeting chairs. Send the referral's "
            + "version as you read it (GET, field version): a decision, revision or withdrawal recorded since is "
            + "not overridden unseen; the answer is 409 naming it. Agency checks recorded since do not refuse it.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid input or a broken rule; nothing was recorded")
    @ApiResponse(responseCode = "409", description = "The decision changed since you read the referral (the problem "
            + "names the change, who and when); nothing was recorded")
    ResponseEntity<Map<String, String>> revise(@PathVariable String referralId,
                                               @RequestBody ReviseDecisionRequest request) {
        requireVersion(request.version());
        String id = Answers.clientId(request.decisionId(), "A decisionId");
        commands.sendAndWait(request.toCommand(referralId, id));
        return Answers.created("/api/referrals/" + referralId, "decisionId", id);
    }

    @PostMapping(path = "/{referralId}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw a referral before its decision", description = "Screeners and meeting chairs. "
            + "Send the referral's version as you read it (GET, field version): a decision recorded since refuses "
            + "the withdrawal with 409 naming it.")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @ApiResponse(responseCode = "400", description = "Invalid input or a broken rule; nothing was recorded")
    @ApiResponse(responseCode = "409", description = "The referral changed since you read it; nothing was recorded")
    ResponseEntity<Void> withdraw(@PathVariable String referralId, @RequestBody WithdrawReferralRequest request) {
        requireVersion(request.version());
        commands.sendAndWait(request.toCommand(referralId));
        return ResponseEntity.noContent().build();
    }

    private static void requireVersion(Long version) {
        if (version == null) {
            throw new CommandRejectedException("Send the referral's version as you read it (the field 'version' of "
                    + "GET /api/referrals/{referralId}), so that a change made since is not overridden unseen.");
        }
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import a police notification file (CSV body)", description = "The format is in "
            + "docs/csv-import.md. Valid referrals are recorded; each bad row is listed with the reasons; a referral "
            + "with any bad row is refused whole. Importing the same file again records nothing twice.")
    ImportReport importCsv(@RequestBody String csv) {
        return imported(csv);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a police notification file (multipart upload, part name 'file')")
    ImportReport importUpload(@RequestParam("file") MultipartFile file) throws IOException {
        return imported(file);
    }
}
