package org.cbeckg.extract.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cbeckg.extract.places.LocatedPlace;
import org.cbeckg.lang.lexicon.Lexicon;

/**
 * Reads the cities of a table of zones: the article text gives each table cell a line of its own, so a table whose
 * first column is headed 综试区 (or 跨境电商综试区, 综合试验区) reads as that header line, the other headers, then a
 * row per zone whose first cell is the city. Every line after the header that is a city's name alone (深圳, 广州市,
 * 杭州综试区) is a zone, until the table ends at a line of running text (a sentence mark, or longer than any cell).
 *
 * <pre>{@code
 * new ZoneTables("综试区\n进出口额\n深圳\n2361亿元\n广州\n1580亿元\n", places).rowCities(); // 深圳, 广州
 * }</pre>
 */
final class ZoneTables {

    private static final Lexicon LEXICON = Lexicon.of("zone-tables");

    private static final Pattern ZONE_HEADER =
            LEXICON.pattern("zone-header");
    private static final Pattern ZONE_SUFFIX = LEXICON.pattern("zone-suffix");
    /** A cell holds a name or a figure; a longer line, or one with a sentence mark, is the text after the table. */
    private static final int LONGEST_CELL = 24;
    private static final String SENTENCE_MARKS = LEXICON.text("sentence-marks");

    private final String text;
    private final PlacesInText places;

    ZoneTables(String text, PlacesInText places) {
        this.text = text;
        this.places = places;
    }

    /** The cities that stand alone on a line of a table headed 综试区, in text order. */
    List<LocatedPlace> rowCities() {
        List<LocatedPlace> out = new ArrayList<>();
        boolean inTable = false;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (ZONE_HEADER.matcher(line).matches()) {
                inTable = true;
            } else if (inTable && isRunningText(line)) {
                inTable = false;
            } else if (inTable) {
                cityAlone(start, end).ifPresent(out::add);
            }
            start = end + 1;
        }
        return out;
    }

    private static boolean isRunningText(String line) {
        return line.length() > LONGEST_CELL || line.chars().anyMatch(c -> SENTENCE_MARKS.indexOf(c) >= 0);
    }

    /** The one city a line names with nothing else but blanks and a zone word after it. */
    private Optional<LocatedPlace> cityAlone(int lineStart, int lineEnd) {
        List<LocatedPlace> cities = places.cities(lineStart, lineEnd);
        if (cities.size() != 1) {
            return Optional.empty();
        }
        LocatedPlace city = cities.get(0);
        boolean alone = text.substring(lineStart, city.start()).isBlank()
                && ZONE_SUFFIX.matcher(text.substring(city.end(), lineEnd).strip()).matches();
        return alone ? Optional.of(city) : Optional.empty();
    }
}
