package org.cbeckg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleText;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.PlaceMention;

/**
 * A stand-in for the place extractor (written elsewhere): a handful of real places, found by exact name or short
 * name, longest first. Enough to give the organisation and person extractors their upstream place mentions.
 */
public final class TestPlaces {

    public static final Place CHINA = new Place("CN", "中国", List.of("我国", "全国"), PlaceLevel.COUNTRY, null, null,
            "China");
    public static final Place USA = new Place("US", "美国", List.of(), PlaceLevel.COUNTRY, null, null, "United States");
    public static final Place ZHEJIANG = province("330000", "浙江省", "浙江", "Zhejiang");
    public static final Place GUANGDONG = province("440000", "广东省", "广东", "Guangdong");
    public static final Place SICHUAN = province("510000", "四川省", "四川", "Sichuan");
    public static final Place BEIJING = new Place("110000", "北京市", List.of("北京"), PlaceLevel.MUNICIPALITY, null,
            "110000", "Beijing");
    public static final Place HANGZHOU = city("330100", "杭州市", "杭州", "330000");
    public static final Place NINGBO = city("330200", "宁波市", "宁波", "330000");
    public static final Place JINHUA = city("330700", "金华市", "金华", "330000");
    public static final Place ZHOUSHAN = city("330900", "舟山市", "舟山", "330000");
    public static final Place CHENGDU = city("510100", "成都市", "成都", "510000");
    public static final Place GUANGZHOU = city("440100", "广州市", "广州", "440000");
    public static final Place ORDOS = city("150600", "鄂尔多斯市", "鄂尔多斯", "150000");
    public static final Place YIWU = new Place("330782", "义乌市", List.of("义乌"), PlaceLevel.COUNTY, "330700",
            "330000", "Yiwu");

    private static final List<Place> ALL = List.of(CHINA, USA, ZHEJIANG, GUANGDONG, SICHUAN, BEIJING, HANGZHOU,
            NINGBO, JINHUA, ZHOUSHAN, CHENGDU, GUANGZHOU, ORDOS, YIWU);

    private TestPlaces() {
    }

    private static Place province(String code, String name, String shortName, String en) {
        return new Place(code, name, List.of(shortName), PlaceLevel.PROVINCE, "CN", code, en);
    }

    private static Place city(String code, String name, String shortName, String province) {
        return new Place(code, name, List.of(shortName), PlaceLevel.PREFECTURE, province, province, null);
    }

    /** Every place of the list named in the article, longest name first, without overlaps. */
    public static List<PlaceMention> mentions(Article article) {
        ArticleText body = article.body();
        String text = body.text();
        List<Map.Entry<String, Place>> names = new ArrayList<>();
        for (Place p : ALL) {
            names.add(Map.entry(p.name(), p));
            p.shortNames().forEach(s -> names.add(Map.entry(s, p)));
        }
        names.sort(Comparator.comparingInt((Map.Entry<String, Place> e) -> e.getKey().length()).reversed());
        boolean[] taken = new boolean[text.length()];
        List<PlaceMention> found = new ArrayList<>();
        for (Map.Entry<String, Place> e : names) {
            for (int i = text.indexOf(e.getKey()); i >= 0; i = text.indexOf(e.getKey(), i + 1)) {
                int end = i + e.getKey().length();
                if (!anyTaken(taken, i, end)) {
                    java.util.Arrays.fill(taken, i, end, true);
                    found.add(new PlaceMention(e.getValue(), body.spanOfChars(i, end)));
                }
            }
        }
        found.sort(Comparator.comparing(PlaceMention::evidence));
        return found;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** An extraction holding the article's place mentions, as the place extractor would leave it. */
    public static Extraction withPlaces(Article article) {
        return Extraction.empty(article).with(FactKind.PLACE, new Extraction.Producer("test-places", "0"),
                mentions(article));
    }

    /** The extraction after places and organisations. */
    public static Extraction withPlacesAndBodies(Article article) {
        Extraction places = withPlaces(article);
        return places.with(FactKind.ORGANIZATION, new Extraction.Producer("organizations", "1"),
                OrganizationExtractor.standard().extract(article, places));
    }

    /** The extraction after places, organisations and persons. */
    public static Extraction withPlacesBodiesAndPersons(Article article) {
        Extraction bodies = withPlacesAndBodies(article);
        return bodies.with(FactKind.PERSON, new Extraction.Producer("persons", "1"),
                PersonExtractor.standard().extract(article, bodies));
    }
}
