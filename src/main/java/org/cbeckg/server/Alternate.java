package org.cbeckg.server;

/** Another representation of a page's resource, for {@code <link rel="alternate">} and the {@code Link} header. */
record Alternate(String type, String href) {
}
