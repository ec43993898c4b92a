package org.cbeckg.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cbeckg.CbecKgException;
import org.cbeckg.ClasspathText;

/**
 * The consistency checks: the ones shipped in the jar ({@code queries/checks/}, listed here so a missing file fails
 * loudly rather than being skipped; a test keeps the list and the folder in step), or every {@code .rq} in a folder.
 *
 * <pre>{@code List<ConsistencyCheck> checks = ConsistencyChecks.shipped();}</pre>
 */
public final class ConsistencyChecks {

    /** The shipped checks, in the order they are reported. */
    public static final List<String> SHIPPED = List.of("batches-add-up", "batch-within-total", "batch-zones-listed",
            "area-zone-count", "national-zone-count", "growth-matches-values", "period-not-after-article");

    static final String FOLDER = "queries/checks/";

    private ConsistencyChecks() {
    }

    public static List<ConsistencyCheck> shipped() {
        return SHIPPED.stream().map(ConsistencyChecks::shippedCheck).toList();
    }

    /** Every {@code *.rq} file in a folder, in name order. */
    public static List<ConsistencyCheck> in(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted()
                    .map(ConsistencyChecks::fileCheck).toList();
        } catch (IOException e) {
            throw new CbecKgException(folder.toString(), "cannot list checks: " + e.getMessage(), e);
        }
    }

    private static ConsistencyCheck shippedCheck(String name) {
        return ConsistencyCheck.parse(name, ClasspathText.read(FOLDER + name + ".rq"));
    }

    private static ConsistencyCheck fileCheck(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        try {
            return ConsistencyCheck.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CbecKgException(file.toString(), "cannot read check: " + e.getMessage(), e);
        }
    }
}
