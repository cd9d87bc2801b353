package org.convene.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.convene.coordination.child.api.AgencyIdentifier;
import org.convene.coordination.child.api.IdentifierType;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.panel.api.ExploitationType;

/**
 * The fictitious county of Northshire that the demo month and the synthetic county are made of:
 * its agencies and their users, names, places and codes, and the children's records. Every name is
 * made up; every NHS number starts 999 (never issued to a real person).
 */
final class Northshire {

    static final String POLICE = "northshire-police";
    static final String CSC = "northshire-csc";
    static final String HEALTH = "northshire-health";
    static final Map<String, String> SCREENER_OF = Map.of(POLICE, "police.screener", CSC,
            "social.screener", HEALTH, "health.screener");

    static final List<String> FIRST_NAMES = List.of("Amira", "Tobias", "Lola", "Reuben", "Skye", "Hamza",
            "Freya", "Milo", "Zara", "Ellis", "Noor", "Kayden", "Isla", "Theo", "Maya", "Jaxon", "Aisha", "Finley",
            "Ruby", "Kai", "Evie", "Ollie", "Leah", "Rory", "Sienna", "Ibrahim", "Poppy", "Louis", "Ava", "Dylan",
            "Harper", "Zain", "Millie", "Caleb", "Esme", "Arlo", "Layla", "Reggie", "Nia", "Ezra");
    static final List<String> SURNAMES = List.of("Fenwick", "Quill", "Marchetti", "Ashdown", "Pemberton",
            "Oduya", "Lockhart", "Trevanion", "Kettleby", "Ravensworth", "Castellane", "Brightwater", "Hollings",
            "Okonjo", "Varga", "Pryce", "Delacroix", "Mbeki", "Farrant", "Sutcliffe", "Nakamura", "Thistlewood",
            "Abara", "Kowalczyk", "Penhaligon", "Hussaini", "Greaves", "Dunmore", "Whitlock", "Osei");
    static final List<String> LOCALITIES = List.of("Northtown", "Eastbridge", "Westmere", "Southholt",
            "Kingsford", "Ashby Vale");
    static final List<String> ETHNICITY = List.of("WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH",
            "WROM", "MWBC", "MWAS", "APKN", "AIND", "ABAN", "BAFR", "BCRB", "CHNE", "OOTH", "REFU");
    static final List<String> OTHER_CONCERNS = List.of("1B", "2B", "4B", "6A", "8B", "10A", "11A", "18B",
            "24A");
    static final List<String> OTHER_SOURCES = List.of("2A", "2A", "3A", "3B", "3E", "5A", "1A", "4", "5D");
    static final Map<String, List<String>> ACTIONS = Map.of(
            POLICE, List.of("Share the notification with the school's DSL", "Complete a DASH review with the victim",
                    "Check bail conditions and tell the school"),
            CSC, List.of("Offer the family an early help assessment", "Social worker to visit the family",
                    "Check the child's school attendance"),
            HEALTH, List.of("Health visitor to arrange a home visit", "School nurse to see the child",
                    "GP to review the child's health needs"));

    static final List<List<ExploitationType>> EXPLOITATION = List.of(List.of(ExploitationType.CRIMINAL),
            List.of(ExploitationType.SEXUAL, ExploitationType.ONLINE),
            List.of(ExploitationType.CRIMINAL, ExploitationType.GANGS_AND_SERIOUS_YOUTH_VIOLENCE),
            List.of(ExploitationType.SEXUAL), List.of(ExploitationType.MODERN_SLAVERY));

    private Northshire() {
    }

    /** A first name (now and then double-barrelled) and the family's surname. */
    static String name(Random random, String family) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        return random.nextInt(3) == 0 ? first + "-" + FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + family
                : first + " " + family;
    }

    /** A surname of the county. */
    static String surname(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    /** A child's record as intake makes it: sex, ethnicity (now and then not known), locality, sometimes an NHS number. */
    static RegisterChildCommand registration(String childId, String name, LocalDate dob, Random random) {
        List<AgencyIdentifier> ids = random.nextBoolean() ? List.of()
                : List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, nhsNumber(random)));
        return new RegisterChildCommand(childId, name, dob, false, random.nextBoolean() ? "1" : "2",
                random.nextInt(10) == 0 ? null : ETHNICITY.get(random.nextInt(ETHNICITY.size())),
                LOCALITIES.get(random.nextInt(LOCALITIES.size())), ids, random.nextInt(20) == 0);
    }

    /** A 10-digit number with a valid NHS check digit, starting 999 (never issued to a real person). */
    static String nhsNumber(Random random) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                d[i] = i < 3 ? 9 : random.nextInt(10);
                sum += d[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                StringBuilder s = new StringBuilder();
                for (int v : d) {
                    s.append(v);
                }
                return s.append(check).toString();
            }
        }
    }
}
