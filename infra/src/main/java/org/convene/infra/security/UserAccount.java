package org.convene.infra.security;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A user account as stored: the password only as a one-way hash. */
@Document("users")
record UserAccount(@Id String username, String passwordHash, String displayName, String agencyId,
                   List<String> roles, boolean enabled) {
}
