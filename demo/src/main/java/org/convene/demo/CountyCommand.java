package org.convene.demo;

/**
 * A command of the demo module's application, started by the setting its bean is named after
 * ({@code --convene.generate=...}, {@code --convene.bench=...}): {@link CountyCommandRunner} does its
 * work on the store, then the application exits.
 */
@FunctionalInterface
interface CountyCommand {

    void work(CountyOptions options) throws Exception;
}
