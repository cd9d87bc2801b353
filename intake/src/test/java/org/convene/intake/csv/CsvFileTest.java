package org.convene.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The file-level checks both imports share. */
class CsvFileTest {

    private static final List<String> COLUMNS = List.of("police_reference", "child_name", "narrative");
    private static final List<String> REQUIRED = List.of("police_reference", "child_name");

    private static List<CsvRow> read(String csv) {
        return CsvFile.read(new StringReader(csv), COLUMNS, REQUIRED);
    }

    private static List<String> refusal(String csv) {
        try {
            read(csv);
        } catch (ImportFileException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void theHeaderNamesKnownColumnsInAnyOrderAndCase() {
        List<CsvRow> rows = read("\uFEFFChild_Name,POLICE_REFERENCE\n Ada Brook , NP/1\n\n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.get("child_name")).isEqualTo("Ada Brook");
            assertThat(row.get("narrative")).isEmpty();
            assertThat(row.problems()).isEmpty();
        });
    }

    @Test
    void aFileThatCannotBeUsedSaysWhyAndNothingIsRead() {
        assertThat(refusal("  ")).containsExactly("The file is empty.");
        assertThat(refusal("child_name,colour\nAda,red\n")).containsExactly(
                "The file has no column 'police_reference'.",
                "Unknown column 'colour'. The columns are: police_reference, child_name, narrative.");
        assertThat(refusal("police_reference,child_name\n")).containsExactly(
                "The file has a header row but no data rows.");
        assertThatThrownBy(() -> read("police_reference,child_name\n" + "NP/1,Ada\n".repeat(CsvFile.MAX_ROWS + 1)))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("more than 5000 rows");
    }

    @Test
    void aRowWithTooManyValuesOrTooLongACellHasProblems() {
        List<CsvRow> rows = read("police_reference,child_name,narrative\nNP/1,Ada,ok,extra\nNP/2,Ben,"
                + "x".repeat(CsvFile.MAX_CELL + 1) + "\n");

        assertThat(rows.get(0).problems()).containsExactly(
                "The row has more values (4) than the header has columns (3).");
        assertThat(rows.get(1).problems()).singleElement().asString().contains("narrative value is too long");
        assertThat(rows.get(1).get("narrative")).hasSize(CsvFile.MAX_CELL);
    }
}
