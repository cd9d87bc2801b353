package org.convene.intake.csv;

import org.convene.coordination.shared.api.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who may import a file: a screener or a meeting chair, signed in on this thread (checked before
 * reading it). The user is read as the command authorisation reads it: from the application's own
 * holder, where its web requests sign users in, then the JVM-wide one.
 */
@Component
public class ImportPermission {

    private final SecurityContextHolderStrategy securityContexts;

    ImportPermission(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public void require() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null) {
            authentication = SecurityContextHolder.getContext().getAuthentication();
        }
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("You must be logged in to import a file.");
        }
        boolean allowed = authentication.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_" + Roles.SCREENER)
                        || a.getAuthority().equals("ROLE_" + Roles.MEETING_CHAIR));
        if (!allowed) {
            throw new AccessDeniedException("Your role does not allow this. It needs one of: "
                    + Roles.label(Roles.SCREENER) + ", " + Roles.label(Roles.MEETING_CHAIR) + ".");
        }
    }
}
