package org.cbeckg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.cbeckg.CbecKgException;
import org.cbeckg.vocab.Vocabularies;

/**
 * Whole-store dumps, streamed from the indexes inside one read transaction (a consistent snapshot) in time and memory
 * proportional to nothing but the output: the default graph (the merged view) and every named graph as N-Quads or
 * TriG written graph by graph in blocks, or the default graph alone as Turtle in blocks. A name ending in {@code .gz}
 * is gzipped.
 */
public final class Dumps {

    /** Dump formats, with the file extension they are written with. */
    public enum Format {
        trig(RDFFormat.TRIG_BLOCKS, "trig"), nq(RDFFormat.NQUADS, "nq"), ttl(RDFFormat.TURTLE_BLOCKS, "ttl");

        private final RDFFormat format;
        private final String extension;

        Format(RDFFormat format, String extension) {
            this.format = format;
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    static final long PROGRESS_EVERY = 1_000_000;

    private Dumps() {
    }

    /** Writes the dump to {@code out}; returns the number of statements written. */
    public static long write(KnowledgeStore store, Format format, OutputStream out) {
        return write(store, format, out, written -> { });
    }

    /**
     * Writes the dump to {@code out}, telling {@code progress} the statements written so far every
     * {@value #PROGRESS_EVERY}; returns the number of statements written.
     */
    public static long write(KnowledgeStore store, Format format, OutputStream out, LongConsumer progress) {
        return Txn.calculateRead(store.dataset(), () -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.format);
            stream.start();
            StreamRDFOps.sendPrefixesToStream(Vocabularies.prefixes(), stream);
            long n = 0;
            Iterator<Triple> merged = store.dataset().getDefaultGraph().find();
            while (merged.hasNext()) {
                stream.triple(merged.next());
                if (++n % PROGRESS_EVERY == 0) {
                    progress.accept(n);
                }
            }
            if (format != Format.ttl) {
                Iterator<Quad> it = store.dataset().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!KnowledgeStore.isBookkeeping(q.getGraph())) {
                        stream.quad(q);
                        if (++n % PROGRESS_EVERY == 0) {
                            progress.accept(n);
                        }
                    }
                }
            }
            stream.finish();
            return n;
        });
    }

    /**
     * Writes a dump to {@code file} (through a temporary file moved into place, so a reader never sees half a dump and
     * the previous dump stays on offer until then) and {@code file.sha256} beside it, in the {@code sha256sum} format.
     * Returns the hex digest.
     */
    public static String writeFile(KnowledgeStore store, Format format, Path file) {
        return writeFile(store, format, file, written -> { });
    }

    /** As {@link #writeFile(KnowledgeStore, Format, Path)}, telling {@code progress} how far it has got. */
    public static String writeFile(KnowledgeStore store, Format format, Path file, LongConsumer progress) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Path sum = file.resolveSibling(file.getFileName() + ".sha256");
        Path sumTmp = sum.resolveSibling(sum.getFileName() + ".tmp");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream raw = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                    1 << 16), sha);
                 OutputStream out = file.getFileName().toString().endsWith(".gz")
                         ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                write(store, format, out, progress);
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Files.writeString(sumTmp, hex + "  " + file.getFileName() + "\n", StandardCharsets.UTF_8);
            // The checksum first, then the dump: a dump is offered only with its checksum beside it, so a dump under
            // a new name appears complete in one step.
            Files.move(sumTmp, sum, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return hex;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new CbecKgException(file.toString(), "cannot write dump: " + e.getMessage(), e);
        }
    }
}
