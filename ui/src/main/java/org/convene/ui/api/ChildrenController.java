package org.convene.ui.api;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Child records over REST. Offer likely matches of existing records before making a new one. */
@RestController
@RequestMapping(path = "/api/children", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Children")
class ChildrenController {

    private final CommandGateway commands;

    ChildrenController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make a new child record", description = "Screeners and meeting chairs. The server makes "
            + "the child id and answers it, with the record's address in Location.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid input or a broken rule; nothing was recorded")
    ResponseEntity<Map<String, String>> register(@RequestBody RegisterChildRequest request) {
        String childId = UUID.randomUUID().toString();
        commands.sendAndWait(request.toCommand(childId));
        return ResponseEntity.created(URI.create("/api/children/" + childId)).body(Map.of("childId", childId));
    }
}
