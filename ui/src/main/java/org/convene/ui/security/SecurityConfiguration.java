package org.convene.ui.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

import com.vaadin.flow.spring.security.VaadinWebSecurity;

/**
 * Every view and endpoint needs a login, except the login page itself and the health probe
 * (status only; details for administrators). Views declare their roles with {@code @RolesAllowed};
 * commands and queries are checked again behind the UI.
 */
@EnableWebSecurity
@Configuration
class SecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(new AntPathRequestMatcher("/actuator/health/**"),
                        new AntPathRequestMatcher("/actuator/health")).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/actuator/**")).hasRole("ADMINISTRATOR"));
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
    }
}
