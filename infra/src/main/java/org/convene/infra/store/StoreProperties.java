package org.convene.infra.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Convene keeps its data.
 *
 * @param uri      a MongoDB connection string; empty means "use the embedded store"
 *                 ({@code CONVENE_MONGODB_URI}; {@code spring.data.mongodb.uri} is honoured too)
 * @param database the database name
 * @param dataDir  where the embedded store keeps its file ({@code CONVENE_DATA_DIR})
 */
@ConfigurationProperties(prefix = "convene.store")
public record StoreProperties(String uri, String database, Path dataDir) {

    public StoreProperties {
        database = database == null || database.isBlank() ? "convene" : database;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
