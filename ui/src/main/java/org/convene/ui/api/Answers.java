package org.convene.ui.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.convene.coordination.shared.api.CommandRejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** What the REST controllers share: client-made ids, the answers to a read and a record, an uploaded file. */
final class Answers {

    /** A client-made id: safe in a path, and short. */
    static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private Answers() {
    }

    /**
     * The id the client sent, or a new one when it sent none.
     *
     * @param field the field as the problem names it, with its article ("A referralId", "An episodeId")
     */
    static String clientId(String id, String field) {
        if (id == null || id.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (!CLIENT_ID.matcher(id).matches()) {
            throw new CommandRejectedException(field + " must be 1 to 100 letters, digits, dots, hyphens or "
                    + "underscores.");
        }
        return id;
    }

    /** 200 with what the query found, or 404 when it found nothing. */
    static <T> ResponseEntity<T> found(CompletableFuture<T> query) {
        return ResponseEntity.ofNullable(query.join());
    }

    /** 201 with the record's address in Location and its id in the body, under {@code idField}. */
    static ResponseEntity<Map<String, String>> created(String location, String idField, String id) {
        return ResponseEntity.created(URI.create(location)).body(Map.of(idField, id));
    }

    /** Hands an uploaded file (UTF-8) to an import, and answers its report. */
    static <R> R imported(MultipartFile file, Function<Reader, R> importer) throws IOException {
        try (InputStream in = file.getInputStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return importer.apply(reader);
        }
    }
}
