package org.convene.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.convene.testsupport.RestCalls;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What both CSV imports (police notifications, missing notifications) answer alike over REST. */
@ConveneSpringTest
class CsvImportApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired org.axonframework.extensions.mongo.MongoTemplate axonMongo;

    @ParameterizedTest
    @ValueSource(strings = {"/api/referrals/import", "/api/missing-episodes/import"})
    void aFileWithoutTheRequiredColumnsIsA400ProblemAndRecordsNothing(String path) throws Exception {
        RestCalls calls = new RestCalls(rest);
        long before = storedEvents();

        ResponseEntity<String> response = calls.postCsv("police.screener", path, "reference,name\nX,Y\n");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        RestApiTest.assertProblem(response);
        assertThat(calls.body(response).get("problems").toString())
                .contains("The file has no column 'police_reference'.");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private long storedEvents() {
        return axonMongo.eventCollection().countDocuments(new Document());
    }
}
