package org.convene.testsupport;

import java.util.concurrent.Callable;

import org.convene.infra.security.MongoUserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

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

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
