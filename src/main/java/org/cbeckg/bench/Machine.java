package org.cbeckg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a run was measured on, to print beside its figures.
 *
 * @param cores cores this JVM may use
 * @param ramBytes physical memory
 * @param cpuModel the processor's model name, where the platform says it
 * @param os operating system, version and architecture
 * @param java Java version and VM
 */
record Machine(int cores, long ramBytes, String cpuModel, String os, String java) {

    static Machine describe() {
        long ram = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean b
                ? b.getTotalMemorySize() : 0;
        return new Machine(Runtime.getRuntime().availableProcessors(), ram, cpu(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** "2 cores (AMD EPYC …), 23.5 GiB RAM, Linux 6.1 amd64, Java 17.0.15 (OpenJDK 64-Bit Server VM)". */
    String summary() {
        return String.format(Locale.ROOT, "%d cores%s, %.1f GiB RAM, %s, %s", cores,
                cpuModel.isEmpty() ? "" : " (" + cpuModel + ")", ramBytes / (double) (1L << 30), os, java);
    }
}
