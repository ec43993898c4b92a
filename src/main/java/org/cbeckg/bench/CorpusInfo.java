package org.cbeckg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.cbeckg.CbecKgException;

/**
 * The corpus a run ingests.
 *
 * @param folder  where its files are
 * @param files   how many {@code *.txt} files it has (ingest reads every one below the folder)
 * @param bytes   their total size
 * @param origin  where it came from, for the report
 * @param seconds how long making it took (0 for a corpus given)
 */
record CorpusInfo(Path folder, int files, long bytes, String origin, double seconds) {

    /** Makes {@code count} synthetic articles from the seeds into {@code folder}. */
    static CorpusInfo generate(Path seeds, int count, long seed, Path folder) {
        long t0 = System.nanoTime();
        List<Path> files = new CorpusGenerator(SeedPool.read(seeds), seed).write(count, folder);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long bytes = files.stream().mapToLong(CorpusInfo::size).sum();
        return new CorpusInfo(folder, files.size(), bytes, String.format(Locale.ROOT,
                "synthetic, from the %s folder with --seed %d", seeds, seed), seconds);
    }

    /** A corpus of the user's: every {@code *.txt} below {@code folder}. */
    static CorpusInfo given(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CbecKgException(folder.toString(), "no such corpus folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                    .toList();
            return new CorpusInfo(folder, files.size(), files.stream().mapToLong(CorpusInfo::size).sum(),
                    "given: " + folder, 0);
        } catch (IOException e) {
            throw new CbecKgException(folder.toString(), "cannot read the corpus: " + e.getMessage(), e);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new CbecKgException(f.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
