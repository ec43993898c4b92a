package org.cbeckg.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cbeckg.CbecKgException;

/**
 * Writes synthetic articles in the seeds' format, for scale and speed runs (never for accuracy): the Java port of the
 * project's {@code make-corpus} tool, so that users can run the benchmark without it.
 *
 * <p>Each article takes the front matter of a random seed with a new date (2015–2025), and 4–9 paragraphs drawn
 * from all seeds' paragraphs with cities, speakers and figures changed, so that the graph grows with the corpus (new
 * zones, figures and persons) rather than repeating five articles. Figures are scaled at random, so some articles state figures that
 * do not add up, as real articles do. The same seed and count give the same files; a larger count with the same seed
 * starts with the smaller corpus.
 *
 * <pre>{@code new CorpusGenerator(SeedPool.read(Path.of("seeds")), 1).write(2000, Path.of("/tmp/corpus"));}</pre>
 */
final class CorpusGenerator {

    static final List<String> CITIES = words("杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 南京 无锡 徐州 常州 "
            + "苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 合肥 芜湖 蚌埠 淮南 马鞍山 安庆 福州 厦门 泉州 漳州 南昌 赣州 上饶 景德镇 "
            + "济南 青岛 淄博 烟台 潍坊 威海 日照 临沂 郑州 洛阳 武汉 宜昌 襄阳 长沙 岳阳 广州 深圳 珠海 汕头 佛山 东莞 中山 江门 湛江 "
            + "南宁 柳州 海口 三亚 成都 绵阳 南充 眉山 贵阳 昆明 西安 宝鸡 兰州 西宁 银川 乌鲁木齐 呼和浩特 鄂尔多斯 满洲里 沈阳 大连 长春 "
            + "哈尔滨 石家庄 唐山 廊坊 太原 大同 拉萨");
    static final List<String> NAMES = words("王建国 李晓明 张丽华 刘志强 陈静 杨帆 赵磊 黄敏 周涛 吴宁 徐晨 孙悦 马骏 朱琳 胡斌 郭峰 "
            + "何洁 林海 罗欣 梁宇");
    /** The seeds' spokespersons, replaced so that persons grow with the corpus too. */
    static final List<String> SPEAKERS = List.of("高峰", "束珏婷");
    /**
     * The seeds' date format, weekday included. make-corpus draws the weekday apart from the date, so most of its
     * dates name the wrong weekday, which RFC 1123 parsing rejects: those articles had no publication date at all.
     */
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ROOT);

    // Longest names first, so that 连云港 is never read as a shorter name inside it.
    private static final Pattern CITY = Pattern.compile(CITIES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|")));
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern DATE_LINE = Pattern.compile("date: .*");

    private final SeedPool pool;
    private final Random random;

    CorpusGenerator(SeedPool pool, long seed) {
        this.pool = pool;
        this.random = new Random(seed);
    }

    /** Writes {@code count} articles {@code s0000000.txt}… into {@code folder} and returns their paths. */
    List<Path> write(int count, Path folder) {
        List<Path> files = new ArrayList<>(count);
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Path file = folder.resolve(String.format("s%07d.txt", i));
                Files.writeString(file, next(), StandardCharsets.UTF_8);
                files.add(file);
            }
        } catch (IOException e) {
            throw new CbecKgException(folder.toString(), "cannot write the corpus: " + e.getMessage(), e);
        }
        return files;
    }

    /** The next article's text: a seed's front matter with a new date, paragraphs from all seeds, changed. */
    String next() {
        String date = "date: " + RFC_1123.format(LocalDateTime.of(between(2015, 2025), between(1, 12),
                between(1, 28), between(0, 23), between(0, 59), between(0, 59)).atOffset(ZoneOffset.UTC));
        String head = DATE_LINE.matcher(pick(pool.heads())).replaceAll(Matcher.quoteReplacement(date));
        List<String> body = new ArrayList<>();
        for (String paragraph : sample(pool.paragraphs(), Math.min(pool.paragraphs().size(), between(4, 9)))) {
            body.add(vary(paragraph));
        }
        body.add("<p cms-style=\"font-L\">　　责任编辑：" + pick(NAMES) + "</p>");
        return head + "\n<div>\n" + String.join("\n", body) + "\n</div>\n";
    }

    /** A paragraph with other cities, other figures (years kept) and other speakers. */
    private String vary(String paragraph) {
        String p = CITY.matcher(paragraph).replaceAll(m -> Matcher.quoteReplacement(pick(CITIES)));
        p = NUMBER.matcher(p).replaceAll(m -> m.group().startsWith("20") ? m.group() : scale(m.group()));
        for (String speaker : SPEAKERS) {
            p = p.replace(speaker, pick(NAMES));
        }
        return p;
    }

    /** Scales a figure by 0.5–1.8, keeping one decimal if it had decimals, so sums and totals stop agreeing. */
    private String scale(String figure) {
        double value = Double.parseDouble(figure) * (0.5 + 1.3 * random.nextDouble());
        if (figure.contains(".")) {
            return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        }
        return String.valueOf(Math.round(value));
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** {@code k} distinct elements in random order (a partial Fisher–Yates shuffle of a copy). */
    private <T> List<T> sample(List<T> list, int k) {
        List<T> copy = new ArrayList<>(list);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(copy.size() - i);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy.subList(0, k);
    }

    private static List<String> words(String s) {
        return List.copyOf(Arrays.asList(s.split(" ")));
    }
}
