package org.cbeckg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cbeckg.article.Article;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.PersonKind;
import org.cbeckg.model.PersonMention;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.PlaceMention;

/**
 * Upstream facts built by hand for indicator tests: a tiny gazetteer and a few persons, found in the text by exact
 * name (longest name first, no overlaps). Stands in for the place and person extractors written elsewhere.
 */
public final class HandUpstream {

    public static final Place CHINA = new Place("CN", "中国", List.of("我国"), PlaceLevel.COUNTRY, null, null, "China");
    public static final Place ZHEJIANG = province("330000", "浙江省", "浙江");
    public static final Place GUANGDONG = province("440000", "广东省", "广东");
    public static final Place JIANGSU = province("320000", "江苏省", "江苏");
    public static final Place SICHUAN = province("510000", "四川省", "四川");
    public static final Place BEIJING = new Place("110000", "北京市", List.of("北京"), PlaceLevel.MUNICIPALITY, null,
            "110000", "Beijing");
    public static final List<Place> PLACES = List.of(CHINA, ZHEJIANG, GUANGDONG, JIANGSU, SICHUAN, BEIJING,
            city("330700", "金华市", "金华", "330000"), city("330900", "舟山市", "舟山", "330000"),
            city("330100", "杭州市", "杭州", "330000"), city("330200", "宁波市", "宁波", "330000"),
            county("330782", "义乌市", "义乌", "330000"), city("150600", "鄂尔多斯市", "鄂尔多斯", "150000"),
            city("321000", "扬州市", "扬州", "320000"), city("321100", "镇江市", "镇江", "320000"),
            county("652702", "阿拉山口市", "阿拉山口", "650000"), city("440300", "深圳市", "深圳", "440000"),
            city("510100", "成都市", "成都", "510000"), city("320500", "苏州市", "苏州", "320000"),
            new Place("PK", "巴基斯坦", List.of(), PlaceLevel.COUNTRY, null, null, "Pakistan"));

    private static final Organization MOFCOM = new Organization("mofcom", "商务部", null, List.of(), "MOFCOM",
            OrganizationKind.MINISTRY, "state-council", null);
    private static final Organization GACC = new Organization("gacc", "海关总署", null, List.of(), "GACC",
            OrganizationKind.CUSTOMS, "state-council", null);

    private HandUpstream() {
    }

    /** Upstream with the places of {@link #PLACES} and the given officials found in the article's text. */
    public static Extraction of(Article article, String... officials) {
        List<PlaceMention> places = placesIn(article);
        List<PersonMention> persons = new ArrayList<>();
        for (String name : officials) {
            int at = article.text().indexOf(name);
            if (at >= 0) {
                Organization org = name.equals("王令浚") ? GACC : MOFCOM;
                persons.add(new PersonMention(name, "新闻发言人", org, PersonKind.OFFICIAL,
                        article.body().spanOfChars(at, at + name.length())));
            }
        }
        return Extraction.empty(article)
                .with(FactKind.PLACE, new Extraction.Producer("hand", "0"), places)
                .with(FactKind.PERSON, new Extraction.Producer("hand", "0"), persons);
    }

    /** Upstream with nothing found. */
    public static Extraction empty(Article article) {
        return Extraction.empty(article)
                .with(FactKind.PLACE, new Extraction.Producer("hand", "0"), List.of())
                .with(FactKind.PERSON, new Extraction.Producer("hand", "0"), List.of());
    }

    private static List<PlaceMention> placesIn(Article article) {
        String text = article.text();
        boolean[] taken = new boolean[text.length()];
        List<PlaceMention> out = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (int i = 0; i < PLACES.size(); i++) {
            names.add(new String[] {PLACES.get(i).name(), String.valueOf(i)});
            for (String s : PLACES.get(i).shortNames()) {
                names.add(new String[] {s, String.valueOf(i)});
            }
        }
        names.sort(Comparator.comparingInt((String[] n) -> n[0].length()).reversed());
        for (String[] n : names) {
            for (int at = text.indexOf(n[0]); at >= 0; at = text.indexOf(n[0], at + 1)) {
                if (free(taken, at, at + n[0].length())) {
                    for (int k = at; k < at + n[0].length(); k++) {
                        taken[k] = true;
                    }
                    out.add(new PlaceMention(PLACES.get(Integer.parseInt(n[1])),
                            article.body().spanOfChars(at, at + n[0].length())));
                }
            }
        }
        out.sort(Comparator.comparing(PlaceMention::evidence));
        return out;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    private static Place province(String id, String name, String shortName) {
        return new Place(id, name, List.of(shortName), PlaceLevel.PROVINCE, "CN", id, null);
    }

    private static Place city(String id, String name, String shortName, String province) {
        return new Place(id, name, List.of(shortName), PlaceLevel.PREFECTURE, province, province, null);
    }

    private static Place county(String id, String name, String shortName, String province) {
        return new Place(id, name, List.of(shortName), PlaceLevel.COUNTY, province, province, null);
    }
}
