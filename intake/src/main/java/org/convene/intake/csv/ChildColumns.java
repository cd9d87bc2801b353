package org.convene.intake.csv;

import static org.convene.intake.csv.Column.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.convene.coordination.child.api.AgencyIdentifier;
import org.convene.coordination.child.api.ChildRules;
import org.convene.coordination.child.api.IdentifierType;
import org.convene.coordination.child.api.NhsNumber;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.TextRules;

/** The child's columns, the same in both imports: read into the child's registration. */
public final class ChildColumns {


    private ChildColumns() {
    }

    /**
     * The child named on the row, as a registration with the given id (used only if no record of the
     * child exists); the problems of its cells are added to the row.
     */
    public static RegisterChildCommand read(CsvRow row, String childId, boolean lookedAfter) {
        String rawName = row.get(CHILD_NAME.header());
        row.checkName(rawName, "The child's name");
        String name = rawName.length() > TextRules.MAX_NAME_LENGTH ? CsvRow.shorten(rawName) : rawName;
        LocalDate dob = row.date(CHILD_DOB.header(), "child's date of birth", "2018-05-04 or 04/05/2018");
        String sex = row.get(CHILD_SEX.header());
        String sexCode = null;
        if (!sex.isEmpty()) {
            sexCode = switch (sex.toLowerCase(Locale.ROOT)) {
                case "male", "m" -> "1";
                case "female", "f" -> "2";
                default -> ReferenceCodes.SEX.contains(sex) ? sex : null;
            };
            if (sexCode == null) {
                row.problem("'" + CsvRow.shorten(sex) + "' is not a DfE sex code (1 male, 2 female).");
            }
        }
        String ethnicity = row.get(CHILD_ETHNICITY.header()).toUpperCase(Locale.ROOT);
        if (!ethnicity.isEmpty() && !ReferenceCodes.ETHNICITY.contains(ethnicity)) {
            row.problem("'" + CsvRow.shorten(ethnicity) + "' is not a DfE ethnicity code (e.g. WBRI).");
        }
        String locality = row.text(CHILD_LOCALITY.header());
        TextRules.optionalText(locality, "The child's locality", ChildRules.MAX_LOCALITY_LENGTH, row.problems());
        String nhs = row.get(CHILD_NHS_NUMBER.header()).replace(" ", "");
        if (!nhs.isEmpty() && !NhsNumber.isValid(nhs)) {
            row.problem("The NHS number '" + CsvRow.shorten(nhs) + "' is not valid (10 digits with a correct check "
                    + "digit).");
        }
        return new RegisterChildCommand(childId, name.strip(), dob, false, sexCode,
                ethnicity.isEmpty() || !ReferenceCodes.ETHNICITY.contains(ethnicity) ? null : ethnicity, locality,
                nhs.isEmpty() || !NhsNumber.isValid(nhs) ? List.of()
                        : List.of(new AgencyIdentifier(IdentifierType.NHS_NUMBER, nhs)),
                lookedAfter);
    }
}
