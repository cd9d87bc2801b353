package org.convene.ui.security;

import java.util.Optional;

import org.convene.infra.security.ConveneUser;
import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

/** The logged-in user of the current UI. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    public CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<ConveneUser> get() {
        return authenticationContext.getAuthenticatedUser(ConveneUser.class);
    }

    public void logout() {
        authenticationContext.logout();
    }
}
