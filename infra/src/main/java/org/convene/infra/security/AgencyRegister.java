package org.convene.infra.security;

import java.util.List;

import org.convene.coordination.shared.api.KnownAgencies;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The register of partner agencies, kept in the {@code agencies} collection. */
@Component
public class AgencyRegister implements KnownAgencies {

    private final MongoTemplate mongo;

    public AgencyRegister(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean exists(String agencyId) {
        return agencyId != null && mongo.findById(agencyId, Agency.class) != null;
    }

    public List<Agency> all() {
        return mongo.find(new Query().with(Sort.by("name")), Agency.class);
    }

    /** The agency's name, or its id when it is not registered. */
    public String nameOf(String agencyId) {
        Agency agency = agencyId == null ? null : mongo.findById(agencyId, Agency.class);
        return agency == null ? String.valueOf(agencyId) : agency.name();
    }
}
