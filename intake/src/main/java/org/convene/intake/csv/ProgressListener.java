package org.convene.intake.csv;

/** Told as an import works through a file's rows (from the importing thread). */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(int rowsDone, int rowsTotal);
}
