package org.convene.demo;

/**
 * A command of the demo module's application, started by its setting ({@code --convene.generate=...},
 * {@code --convene.bench=...}): {@link CountyCommandRunner} does its work on the store, then the
 * application exits.
 */
interface CountyCommand {

    /** The setting that starts the command, e.g. {@code convene.generate}. */
    String setting();

    void work(CountyOptions options) throws Exception;
}
