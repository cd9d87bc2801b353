package org.convene.ui.api;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.intake.Intake;
import org.convene.intake.csv.ProgressListener;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the REST resources that intake records share (referrals, missing episodes): a new record goes
 * through {@link Intake}, a change is a command, a record is read by a query, and a police file of
 * them is imported from the request body or an upload, answering the import's report {@code R}.
 */
abstract class IntakeResource<R> {

    protected final CommandGateway commands;
    protected final Intake intake;
    private final QueryGateway queries;
    private final BiFunction<Reader, ProgressListener, R> importer;

    IntakeResource(CommandGateway commands, QueryGateway queries, Intake intake,
                   BiFunction<Reader, ProgressListener, R> importer) {
        this.commands = commands;
        this.queries = queries;
        this.intake = intake;
        this.importer = importer;
    }

    /** 200 with what the query found, or 404 when it found nothing. */
    protected <T> ResponseEntity<T> found(Object query, Class<T> type) {
        return Answers.found(queries.query(query, ResponseTypes.instanceOf(type)));
    }

    /** Imports a file sent as the request body. */
    protected R imported(String csv) {
        return importer.apply(new StringReader(csv), ProgressListener.NONE);
    }

    /** Imports a file sent as a multipart upload. */
    protected R imported(MultipartFile file) throws IOException {
        return Answers.imported(file, reader -> importer.apply(reader, ProgressListener.NONE));
    }
}
