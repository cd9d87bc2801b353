package org.convene.ui.api;

import java.io.IOException;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.query.missing.api.FindMissingEpisodeQuery;
import org.convene.query.missing.api.MissingEpisodeDetails;
import org.convene.intake.Intake;
import org.convene.intake.missing.MissingImportReport;
import org.convene.intake.missing.MissingNotificationImport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Missing episodes over REST, and the bulk import of a police missing-notification file. */
@RestController
@RequestMapping(path = "/api/missing-episodes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Missing episodes")
class MissingEpisodesController extends IntakeResource<MissingImportReport> {

    MissingEpisodesController(CommandGateway commands, QueryGateway queries, Intake intake,
                              MissingNotificationImport missingImport) {
        super(commands, queries, intake, missingImport::importCsv);
    }

    @GetMapping("/{episodeId}")
    @Operation(summary = "A missing episode with its risk history, return and return interview")
    @ApiResponse(responseCode = "200", description = "The episode")
    @ApiResponse(responseCode = "404", description = "No such episode")
    ResponseEntity<MissingEpisodeDetails> find(@PathVariable String episodeId) {
        return found(new FindMissingEpisodeQuery(episodeId), MissingEpisodeDetails.class);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a police notification that a child is missing", description = "Screeners and "
            + "meeting chairs. Name a registered child by id (childId) or describe the child (child): the record with "
            + "exactly that name and date of birth when there is one, otherwise a new record. Send your own episodeId "
            + "to retry safely: the same id twice records nothing the second time and answers 409.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid input or a broken rule; nothing was recorded")
    @ApiResponse(responseCode = "409", description = "An episode with this id is already recorded")
    ResponseEntity<Map<String, String>> report(@RequestBody ReportMissingEpisodeRequest request) {
        String id = Answers.clientId(request.episodeId(), "An episodeId");
        intake.reportMissing(request.toCommand(id), request.intakeChild());
        return Answers.created("/api/missing-episodes/" + id, "episodeId", id);
    }

    @PostMapping(path = "/{episodeId}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record that the child was found or returned", description = "Screeners and meeting chairs. "
            + "Refused (400) a second time: a return is recorded once.")
    @ApiResponse(responseCode = "200", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid input or a broken rule; nothing was recorded")
    @ApiResponse(responseCode = "404", description = "No such episode; nothing was recorded")
    ResponseEntity<Map<String, String>> recordReturn(@PathVariable String episodeId,
                                                     @RequestBody RecordChildReturnedRequest request) {
        if (!Answers.CLIENT_ID.matcher(episodeId).matches()) {
            return ResponseEntity.notFound().build();
        }
        commands.sendAndWait(request.toCommand(episodeId));
        return ResponseEntity.ok(Map.of("episodeId", episodeId));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import a police missing-notification file (CSV body)", description = "The format is in "
            + "docs/csv-import.md. One row is one missing episode. Valid rows are recorded; each bad row is listed "
            + "with the reasons and records nothing. Importing the same file again records nothing twice; a row "
            + "whose episode was recorded earlier but whose return is new records the return.")
    MissingImportReport importCsv(@RequestBody String csv) {
        return imported(csv);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a police missing-notification file (multipart upload, part name 'file')")
    MissingImportReport importUpload(@RequestParam("file") MultipartFile file) throws IOException {
        return imported(file);
    }
}
