package org.convene.infra.axon;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;
import org.convene.coordination.shared.api.SystemCommand;
import org.convene.infra.security.ConveneUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Authorisation behind the UI: every command and query is checked against the logged-in user's
 * roles ({@link RequiresRole} on the message class) and stamped with the user and agency, which
 * aggregates put into their events. Messages dispatched with no logged-in user are refused.
 */
final class MessageAuthorizationInterceptor {

    /**
     * The application's own holder of the signed-in user (Vaadin's, which also reads the Vaadin
     * session), where its web requests sign users in. With one application in the JVM, as an
     * operator runs it, it is also the JVM-wide {@link SecurityContextHolder}; tests run several
     * applications in one JVM, each replacing the JVM-wide holder with its own, so a user signed in
     * on the JVM-wide holder (by Convene's own jobs or a test) is looked for there too.
     */
    private final SecurityContextHolderStrategy securityContexts;

    MessageAuthorizationInterceptor(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    MessageDispatchInterceptor<CommandMessage<?>> forCommands() {
        return messages -> (index, message) -> authorize(message, (m, meta) -> m.andMetaData(meta));
    }

    MessageDispatchInterceptor<QueryMessage<?, ?>> forQueries() {
        return messages -> (index, message) -> authorize(message, (m, meta) -> m.andMetaData(meta));
    }

    private <M extends Message<?>> M authorize(M message, BiFunction<M, Map<String, ?>, M> stamp) {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null) {
            authentication = SecurityContextHolder.getContext().getAuthentication();
        }
        if (message.getPayloadType().isAnnotationPresent(SystemCommand.class)) {
            // Sent by Convene itself (a saga deadline, a rule): recorded as the system, never as a user.
            return stamp.apply(message, Map.of(MessageMetaData.USER_ID, SystemCommand.SYSTEM_USER,
                    MessageMetaData.AGENCY_ID, SystemCommand.SYSTEM_AGENCY));
        }
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof ConveneUser user)) {
            throw new AuthenticationCredentialsNotFoundException(
                    "You must be logged in to do this (" + message.getPayloadType().getSimpleName() + ").");
        }
        RequiresRole required = message.getPayloadType().getAnnotation(RequiresRole.class);
        if (required != null) {
            Set<String> held = authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
            boolean allowed = Arrays.stream(required.value()).anyMatch(role -> held.contains("ROLE_" + role));
            if (!allowed) {
                List<String> labels = Arrays.stream(required.value()).map(Roles::label).toList();
                throw new AccessDeniedException("Your role does not allow this. It needs one of: "
                        + String.join(", ", labels) + ".");
            }
        }
        return stamp.apply(message, Map.of(
                MessageMetaData.USER_ID, user.getUsername(),
                MessageMetaData.AGENCY_ID, user.agencyId()));
    }
}
