package org.cbeckg.model.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;

/**
 * Derives the short forms a text may use for a division by rule: strip the type suffix (省, 市, 特别行政区, 地区, 盟,
 * 新区, 县, 区, 旗 …) and, for autonomous divisions, the ethnic names before it (新疆维吾尔自治区 → 新疆); an autonomous
 * prefecture also gives {@code X州} (红河州). A short form needs at least two characters, so 东区 and 郊区 give none.
 * Whether a candidate is kept (unique, not a common word) is {@link NameIndex}'s decision.
 *
 * <pre>{@code
 * new ShortNameRule(ethnicGroups).candidates(place("红河哈尼族彝族自治州", PREFECTURE)); // [红河, 红河州]
 * }</pre>
 */
final class ShortNameRule {

    private static final List<String> PROVINCE_SUFFIXES = List.of("特别行政区", "自治区", "省", "市");
    /** 新区 for 雄安新区, the one new area administered at prefecture level (functional zones are not loaded). */
    private static final List<String> PREFECTURE_SUFFIXES = List.of("自治州", "地区", "新区", "市", "盟");
    private static final List<String> COUNTY_SUFFIXES =
            List.of("自治县", "自治旗", "新区", "林区", "特区", "市", "县", "区", "旗");
    private static final int MIN_LENGTH = 2;

    /** Ethnic group names, longest first so 蒙古 is tried before a one-character name. */
    private final List<String> ethnicGroups;

    ShortNameRule(List<String> ethnicGroups) {
        this.ethnicGroups = ethnicGroups.stream().sorted(Comparator.comparing(String::length).reversed()).toList();
    }

    List<String> candidates(Place place) {
        List<String> suffixes = switch (place.level()) {
            case PROVINCE, MUNICIPALITY, SAR -> PROVINCE_SUFFIXES;
            case PREFECTURE -> PREFECTURE_SUFFIXES;
            case COUNTY -> COUNTY_SUFFIXES;
            case COUNTRY, REGION -> List.of();
        };
        for (String suffix : suffixes) {
            if (place.name().endsWith(suffix)) {
                return forms(place, suffix);
            }
        }
        return List.of();
    }

    private List<String> forms(Place place, String suffix) {
        // Ethnic names also precede plain suffixes: 管城回族区 → 管城.
        String bare = stripEthnicNames(place.name().substring(0, place.name().length() - suffix.length()));
        List<String> out = new ArrayList<>();
        if (bare.length() >= MIN_LENGTH && !isEthnicName(bare)) {
            out.add(bare);
            if (suffix.equals("自治州") && place.level() == PlaceLevel.PREFECTURE) {
                out.add(bare + "州");
            }
        }
        return out;
    }

    /** 红河哈尼族彝族 → 红河; 博尔塔拉蒙古 → 博尔塔拉; stops before leaving fewer than two characters (内蒙古). */
    String stripEthnicNames(String name) {
        String current = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String group : ethnicGroups) {
                String rest = withoutEthnicSuffix(current, group);
                if (rest != null && rest.length() >= MIN_LENGTH) {
                    current = rest;
                    stripped = true;
                    break;
                }
            }
        }
        return current;
    }

    /** What is left of 鄂伦春自治旗 or 东乡族自治县 is a people's name, not a place's. */
    private boolean isEthnicName(String bare) {
        return bare.endsWith("族") || ethnicGroups.contains(bare);
    }

    /** One-character group names only count with 族 (回族), else any 水 or 白 at a name's end would go. */
    private static String withoutEthnicSuffix(String name, String group) {
        if (name.endsWith("各族")) { // 龙胜各族自治县: "all peoples"
            return name.substring(0, name.length() - 2);
        }
        if (name.endsWith(group + "族")) {
            return name.substring(0, name.length() - group.length() - 1);
        }
        if (group.length() > 1 && name.endsWith(group)) {
            return name.substring(0, name.length() - group.length());
        }
        return null;
    }
}
