package org.cbeckg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.cbeckg.CbecKgException;

/**
 * What a store folder remembers about itself ({@code store.properties}): the base IRI its graphs were minted with
 * and the layout version. The base is fixed when the store is created, since every stored IRI depends on it.
 */
public record StoreConfig(String baseIri, int layoutVersion) {

    /** 2: generations ({@code gen-NNNN/} with {@code tdb2/} and {@code lucene/}, named by {@code CURRENT}). */
    public static final int LAYOUT_VERSION = 2;
    static final String FILE = "store.properties";

    static Optional<StoreConfig> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new CbecKgException(file.toString(), "cannot read store settings: " + e.getMessage(), e);
        }
        String base = p.getProperty("base");
        if (base == null) {
            throw new CbecKgException(file.toString(), "store settings have no 'base'");
        }
        return Optional.of(new StoreConfig(base, Integer.parseInt(p.getProperty("layout", "1"))));
    }

    /** Refuses a store folder written by an older CBEC-KG, whose files this version would misread. */
    void requireCurrentLayout(Path dir) {
        if (layoutVersion != LAYOUT_VERSION) {
            throw new CbecKgException(dir.toString(), "store layout " + layoutVersion + " was written by an older "
                    + "CBEC-KG (this one reads layout " + LAYOUT_VERSION + "); ingest the articles into a new "
                    + "--store folder, or delete this one");
        }
    }

    void write(Path dir) {
        Properties p = new Properties();
        p.setProperty("base", baseIri);
        p.setProperty("layout", String.valueOf(layoutVersion));
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "CBEC-KG store settings: the base IRI is fixed when the store is created");
        } catch (IOException e) {
            throw new CbecKgException(dir.toString(), "cannot write store settings: " + e.getMessage(), e);
        }
    }
}
