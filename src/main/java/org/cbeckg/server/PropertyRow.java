package org.cbeckg.server;

import java.util.List;

/** A property and its values on a resource page; for an incoming link, the values are the subjects. */
record PropertyRow(PageLink property, List<ValueView> values) {
}
