package org.cbeckg.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines for child JVMs running this very build: {@code java -Xmx… -jar <this jar> …} for CBEC-KG's own
 * commands, {@code java -Xmx… -cp <this jar> CLASS …} for a tool in it (Jena's {@code tdb2.tdbloader}). Each heavy
 * step runs in a child of its own so that steps share no heap, no JIT state and no open database.
 */
final class JavaCommand {

    /** The command line's entry point, for a run from compiled classes rather than the jar (tests, IDE). */
    static final String MAIN = "org.cbeckg.cli.Main";

    private final Path java;
    private final Path codeSource;
    private final String classPath;

    JavaCommand(Path java, Path codeSource, String classPath) {
        this.java = java;
        this.codeSource = codeSource;
        this.classPath = classPath;
    }

    /** The running JVM's {@code java} and the jar (or class folder) this class was loaded from. */
    static JavaCommand ofThisBuild() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Path source = Path.of(JavaCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new JavaCommand(java, source, System.getProperty("java.class.path"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate this build's jar", e);
        }
    }

    /** Whether the children run a jar (as users do) rather than a class folder. */
    boolean fromJar() {
        return Files.isRegularFile(codeSource);
    }

    /** The jar or class folder the children run. */
    Path codeSource() {
        return codeSource;
    }

    /** {@code java -Xmx<heap> -jar <jar> ARGS}: a CBEC-KG command. */
    List<String> cbecKg(String heap, List<String> args) {
        List<String> cmd = jvm(heap);
        if (fromJar()) {
            cmd.addAll(List.of("-jar", codeSource.toString()));
        } else {
            cmd.addAll(List.of("-cp", classPath, MAIN));
        }
        cmd.addAll(args);
        return cmd;
    }

    /** {@code java -Xmx<heap> -cp <jar> CLASS ARGS}: a main class on this build's class path. */
    List<String> mainClass(String heap, String className, List<String> args) {
        List<String> cmd = jvm(heap);
        cmd.addAll(List.of("-cp", fromJar() ? codeSource.toString() : classPath, className));
        cmd.addAll(args);
        return cmd;
    }

    private List<String> jvm(String heap) {
        return new ArrayList<>(List.of(java.toString(), "-Xmx" + heap, "-Dfile.encoding=UTF-8"));
    }
}
