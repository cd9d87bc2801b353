package org.convene.coordination.shared.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An official code list (DfE), read from the YAML files copied unchanged from the shared
 * reference folder into {@code reference/dfe-codes/}. Codes keep their published order.
 */
public final class CodeList {

    public static final CodeList REFERRAL_SOURCE = load("referral_source.yml");

    private final String name;
    private final Map<String, String> descriptions;

    private CodeList(String name, Map<String, String> descriptions) {
        this.name = name;
        this.descriptions = Collections.unmodifiableMap(descriptions);
    }

    public static CodeList load(String fileName) {
        String resource = "/reference/dfe-codes/" + fileName;
        try (InputStream in = CodeList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing code list " + resource);
            }
            List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, String> map = new LinkedHashMap<>();
            for (Map<String, Object> entry : entries) {
                map.put(String.valueOf(entry.get("value")).trim(), String.valueOf(entry.get("description")).trim());
            }
            return new CodeList(fileName, map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String code) {
        return code != null && descriptions.containsKey(code);
    }

    public Optional<String> description(String code) {
        return Optional.ofNullable(code).map(descriptions::get);
    }

    /** Code to description, in the published order. */
    public Map<String, String> entries() {
        return descriptions;
    }

    @Override
    public String toString() {
        return "CodeList[" + name + ", " + descriptions.size() + " codes]";
    }
}
