package org.cbeckg.store;

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

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.cbeckg.CbecKgException;
import org.cbeckg.vocab.Vocabularies;

/** Whole-store dumps: every named graph as TriG or N-Quads, or the union graph as Turtle, with a SHA-256. */
public final class Dumps {

    /** Dump formats, with the file extension they are written with. */
    public enum Format {
        trig(Lang.TRIG, "trig"), nq(Lang.NQUADS, "nq"), ttl(Lang.TURTLE, "ttl");

        private final Lang lang;
        private final String extension;

        Format(Lang lang, String extension) {
            this.lang = lang;
            this.extension = extension;
        }

        public Lang lang() {
            return lang;
        }

        public String extension() {
            return extension;
        }
    }

    private Dumps() {
    }

    public static void write(KnowledgeStore store, Format format, OutputStream out) {
        Txn.executeRead(store.dataset(), () -> {
            if (format == Format.ttl) {
                Model union = ModelFactory.createModelForGraph(store.dataset().getUnionGraph());
                Model copy = ModelFactory.createDefaultModel().setNsPrefixes(Vocabularies.prefixes()).add(union);
                RDFDataMgr.write(out, copy, Lang.TURTLE);
            } else {
                var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
                dsg.prefixes().putAll(Vocabularies.prefixes());
                store.dataset().find().forEachRemaining(dsg::add);
                RDFDataMgr.write(out, dsg, format.lang());
            }
        });
    }

    /**
     * Writes a dump to {@code file} (through a temporary file, so a reader never sees half a dump) and
     * {@code file.sha256} beside it, in the {@code sha256sum} format. Returns the hex digest.
     */
    public static String writeFile(KnowledgeStore store, Format format, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                write(store, format, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String hex = HexFormat.of().formatHex(sha.digest());
            Files.writeString(file.resolveSibling(file.getFileName() + ".sha256"),
                    hex + "  " + file.getFileName() + "\n", StandardCharsets.UTF_8);
            return hex;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new CbecKgException(file.toString(), "cannot write dump: " + e.getMessage(), e);
        }
    }
}
