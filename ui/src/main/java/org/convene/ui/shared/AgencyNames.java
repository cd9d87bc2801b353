package org.convene.ui.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.convene.infra.security.Agency;
import org.convene.infra.security.AgencyRegister;
import org.springframework.stereotype.Component;

/** Agency names for screens: people read names, never agency ids. */
@Component
public class AgencyNames {

    private final AgencyRegister register;

    public AgencyNames(AgencyRegister register) {
        this.register = register;
    }

    /** Id to name of every registered agency, by name. */
    public Map<String, String> all() {
        return register.all().stream().collect(Collectors.toMap(Agency::agencyId, Agency::name, (a, b) -> a,
                LinkedHashMap::new));
    }

    public static String name(Map<String, String> names, String agencyId) {
        return agencyId == null ? "" : names.getOrDefault(agencyId, agencyId);
    }

    public static String names(Map<String, String> names, List<String> agencyIds) {
        return agencyIds == null ? "" : String.join(", ", agencyIds.stream().map(id -> name(names, id)).toList());
    }
}
