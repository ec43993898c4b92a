package org.cbeckg.extract.zones;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.PartialDate;

/**
 * Reads when an approval happened from the words just before it: an explicit date ({@code 2020年4月},
 * {@code 1月22日}, {@code 2015年}), a year named relative to publication ({@code 去年11月} → the year before,
 * {@code 今年3月}) or a vague one ({@code 近日}, {@code 日前}), which news uses for days before publication and so is
 * read as the publication year (the month may already be the previous one).
 *
 * <pre>{@code
 * DateCues.last("近日，国务院批复", LocalDate.of(2022, 2, 8)); // 2022
 * DateCues.last("去年11月，国务院批复", LocalDate.of(2023, 2, 2)); // 2022-11
 * }</pre>
 */
public final class DateCues {

    private static final Lexicon LEXICON = Lexicon.of("date-cues");

    private static final Pattern CUE = LEXICON.pattern("cue");
    /** Verbs that make a date the day a document was made public, not the day it was approved. */
    private static final Pattern PUBLISHING =
            LEXICON.pattern("publishing");

    /** The approval's date stated apart: 批复时间为2019年12月15日, 获批日期是…. */
    private static final Pattern STATED_APPROVAL =
            LEXICON.pattern("stated-approval");

    private DateCues() {
    }

    /**
     * The last date cue in {@code words}, read against the publication date; empty when there is none, or when it
     * is relative ({@code 近日}, {@code 1月22日}) and the publication date is unknown (null).
     */
    public static Optional<PartialDate> last(String words, LocalDate published) {
        Matcher m = CUE.matcher(words);
        PartialDate found = null;
        while (m.find()) {
            try {
                found = read(m, published);
            } catch (DateTimeException | IllegalArgumentException e) {
                found = null; // 2月30日 and the like: no usable date
            }
        }
        return Optional.ofNullable(found);
    }

    /** 批复时间为2019年12月15日: the approval's date, stated in a clause of its own. */
    public static Optional<PartialDate> statedApproval(String words, LocalDate published) {
        Matcher m = STATED_APPROVAL.matcher(words);
        return m.find() ? last(m.group(1), published) : Optional.empty();
    }

    /** Every date cue in {@code words}, in order, read against the publication date (unreadable ones left out). */
    public static List<PartialDate> all(String words, LocalDate published) {
        Matcher m = CUE.matcher(words);
        List<PartialDate> found = new ArrayList<>();
        while (m.find()) {
            try {
                Optional.ofNullable(read(m, published)).ifPresent(found::add);
            } catch (DateTimeException | IllegalArgumentException e) {
                // 2月30日 and the like: no usable date
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether the last date cue in {@code words} dates the publishing of a document rather than an approval:
     * {@code 12月24日，中国政府网公布《…的批复》} (the approval itself may be dated elsewhere: 国务院于12月15日同意…).
     */
    public static boolean datesPublishing(String words) {
        Matcher m = CUE.matcher(words);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && PUBLISHING.matcher(words.substring(end)).find();
    }

    /** Whether the text holds a relative cue only ("近日") or nothing: the approval is then this article's news. */
    public static boolean isRecent(Optional<PartialDate> cue, LocalDate published) {
        return cue.isEmpty() || published != null && cue.get().year() == published.getYear();
    }

    private static PartialDate read(Matcher m, LocalDate published) {
        if (published == null && m.group(1) == null) {
            return null;
        }
        if (m.group(6) != null) {
            return PartialDate.ofYear(published.getYear());
        }
        if (m.group(7) != null) {
            int year = published.getYear() - List.of("今年", "去年", "前年").indexOf(m.group(7));
            return m.group(8) == null ? PartialDate.ofYear(year) : PartialDate.ofMonth(year, toInt(m.group(8)));
        }
        if (m.group(1) != null) {
            List<Integer> parts = List.of(Integer.parseInt(m.group(1)), toInt(m.group(2)), toInt(m.group(3)));
            return new PartialDate(parts.get(0), parts.get(1) < 0 ? null : parts.get(1),
                    parts.get(2) < 0 ? null : parts.get(2));
        }
        LocalDate d = LocalDate.of(published.getYear(), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        return PartialDate.of(d.isAfter(published) ? d.minusYears(1) : d); // 12月30日 read in January
    }

    private static int toInt(String s) {
        return s == null ? -1 : Integer.parseInt(s);
    }
}
