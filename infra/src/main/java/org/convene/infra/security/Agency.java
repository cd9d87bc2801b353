package org.convene.infra.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A partner agency of the safeguarding partnership. */
@Document("agencies")
public record Agency(@Id String agencyId, String name, String kind) {
}
