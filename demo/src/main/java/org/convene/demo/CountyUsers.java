package org.convene.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.infra.security.MongoUserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The county's fictitious users (the demo users) at work: runs a query or sends a command as one of
 * them, as if they had signed in, so that every event records who did it and their agency.
 */
@Component
class CountyUsers {

    private final MongoUserDetailsService users;
    private final CommandGateway commands;
    private final Map<String, UserDetails> known = new ConcurrentHashMap<>();

    CountyUsers(MongoUserDetailsService users, CommandGateway commands) {
        this.users = users;
        this.commands = commands;
    }

    /** Signs the user in on this thread, until {@link #signOut} or another user signs in. */
    void signIn(String username) {
        UserDetails user = known.computeIfAbsent(username, users::loadUserByUsername);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Runs {@code work} as the user (who stays signed in on this thread). */
    <T> T as(String username, Supplier<T> work) {
        signIn(username);
        return work.get();
    }

    /** Sends the command as the user and waits for it to be handled. */
    void send(String username, Object command) {
        as(username, () -> commands.sendAndWait(command));
    }

    /** Nobody signed in on this thread any more. */
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
