package org.convene.infra.security;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users and their agency from the {@code users} and {@code agencies} collections. */
@Service
public class MongoUserDetailsService implements UserDetailsService {

    private final MongoTemplate mongo;

    public MongoUserDetailsService(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = mongo.findById(username, UserAccount.class);
        if (account == null) {
            throw new UsernameNotFoundException("No such user");
        }
        Agency agency = mongo.findById(account.agencyId(), Agency.class);
        String agencyName = agency == null ? account.agencyId() : agency.name();
        return new ConveneUser(account.username(), account.passwordHash(), account.displayName(),
                account.agencyId(), agencyName, account.roles(), account.enabled());
    }
}
