package org.convene.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context its own empty embedded store: a new temporary directory as
 * {@code convene.store.data-dir}, deleted when the context closes. The deleter is registered
 * before any other bean, so it is destroyed last, after the embedded store has closed its file.
 */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dir;
        try {
            dir = Files.createTempDirectory("convene-test-store-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-data-directory",
                Map.of("convene.store.data-dir", dir.toString())));
        if (context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory) {
            beanFactory.registerDisposableBean("freshDataDirectoryDeleter", (DisposableBean) () -> delete(dir));
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
