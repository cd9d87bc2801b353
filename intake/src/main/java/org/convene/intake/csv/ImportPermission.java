package org.convene.intake.csv;

import org.convene.coordination.shared.api.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may import a file: a screener or a meeting chair, signed in on this thread (checked before reading it). */
public final class ImportPermission {

    private ImportPermission() {
    }

    public static void require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
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
