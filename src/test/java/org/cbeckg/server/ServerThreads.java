package org.cbeckg.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/** What the server's request threads do, seen from the test's JVM: proof that a stopped query really stopped. */
final class ServerThreads {

    private ServerThreads() {
    }

    /** CPU time used by Jetty's request threads (named qtp…) during {@code window}. */
    static long cpuMillisOver(Duration window) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long before = jettyCpuNanos(mx);
        Thread.sleep(window.toMillis());
        return (jettyCpuNanos(mx) - before) / 1_000_000;
    }

    private static long jettyCpuNanos(ThreadMXBean mx) {
        long sum = 0;
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("qtp")) {
                sum += Math.max(0, mx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }
}
