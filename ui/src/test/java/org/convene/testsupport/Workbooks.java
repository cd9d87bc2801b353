package org.convene.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads an exported workbook (XLSX) in tests. */
public final class Workbooks {

    private Workbooks() {
    }

    /**
     * The text of every part of the workbook under {@code xl/} (sheets, shared strings, styles).
     * fastexcel streams its entries, so the workbook is read as a zip file, not as a zip stream.
     */
    public static String text(byte[] xlsx) {
        try {
            Path file = Files.createTempFile("workbook", ".xlsx");
            try {
                Files.write(file, xlsx);
                StringBuilder all = new StringBuilder();
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        if (entry.getName().startsWith("xl/")) {
                            all.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
                return all.toString();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
