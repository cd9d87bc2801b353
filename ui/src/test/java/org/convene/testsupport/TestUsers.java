package org.convene.testsupport;

import java.util.List;
import java.util.concurrent.Callable;

import org.bson.Document;
import org.convene.infra.security.MongoUserDetailsService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/** Runs code as one of the demo users, as if they had logged in. */
public final class TestUsers {

    private TestUsers() {
    }

    public static <T> T as(MongoUserDetailsService users, String username, Callable<T> action) throws Exception {
        UserDetails user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.call();
        } finally {
            SecurityContextHolder.setContext(previous); // whoever was logged in before (a Karibu test's user)
        }
    }

    public static void run(MongoUserDetailsService users, String username, ThrowingRunnable action) throws Exception {
        as(users, username, () -> {
            action.run();
            return null;
        });
    }

    /**
     * A user besides the demo ones (created, or replaced as it was), with one role, for a test that needs
     * two people in the same role; it cannot log in with a password, {@link #as} runs code as it.
     */
    public static void ensure(MongoTemplate mongo, String username, String displayName, String agencyId,
                              String role) {
        mongo.getCollection("users").replaceOne(Filters.eq("_id", username),
                new Document("_id", username).append("passwordHash", "not-used-by-this-test")
                        .append("displayName", displayName).append("agencyId", agencyId)
                        .append("roles", List.of(role)).append("enabled", true),
                new ReplaceOptions().upsert(true));
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
