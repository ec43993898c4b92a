package org.cbeckg.bench;

/**
 * How one request went.
 *
 * @param failure null when the answer was complete; else its kind ({@code HTTP 503}, {@code cut off}, {@code no
 *                answer: …}), which is what the report counts
 * @param detail  the start of a failed answer's body, or the exception's message
 */
record Answer(String failure, String detail) {

    static final Answer OK = new Answer(null, "");

    boolean ok() {
        return failure == null;
    }
}
