package org.convene.infra.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in Convene user: a Spring Security user that also knows its agency and display name. */
public class ConveneUser extends User {

    private final String agencyId;
    private final String agencyName;
    private final String displayName;

    public ConveneUser(String username, String passwordHash, String displayName, String agencyId, String agencyName,
                       Collection<String> roles, boolean enabled) {
        super(username, passwordHash, enabled, true, true, true, authorities(roles));
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.displayName = displayName;
    }

    private static List<GrantedAuthority> authorities(Collection<String> roles) {
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    public String agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean hasRole(String role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
