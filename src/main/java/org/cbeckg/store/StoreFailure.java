package org.cbeckg.store;

/** Says in one line why the store could not take a change, for the user rather than for a stack trace. */
public final class StoreFailure {

    private StoreFailure() {
    }

    /**
     * TDB2 writes through memory-mapped files, so a full disk surfaces as {@code InternalError} ("a fault occurred in
     * an unsafe memory access operation") or as an {@code IOException} wrapped in Jena's exceptions.
     */
    public static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof InternalError || m.contains("No space left on device") || m.contains("Disk quota")) {
                return "the store could not write to disk (is the disk full?): " + m;
            }
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
