package org.cbeckg.derive;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.number.Numerals;
import org.cbeckg.model.Unit;

/**
 * Arabic digits with an optional 万/亿/万亿 multiplier and an optional unit word: 元 (or 元人民币) → CNY, 美元 → USD,
 * % → percent; a measure word such as 个, 家 or 项 is accepted and names no unit. Chinese numerals (一万) are left to
 * the full grammar.
 */
final class SimpleFigureParser implements FigureParser {

    private static final Pattern FIGURE = Pattern.compile(
            "\\s*([+-]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万亿|亿|万)?\\s*(元人民币|人民币|元|美元|%|％|个|家|项|次|人|吨|平方米)?\\s*");

    @Override
    public Optional<Figure> parse(String text) {
        Matcher m = FIGURE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal mantissa = new BigDecimal(m.group(1).replace(",", ""));   // signed: Numerals reads no sign
        BigDecimal multiplier = Numerals.multiplier(m.group(2) == null ? "" : m.group(2));
        // Half a unit of the last printed digit: 1.98 has scale 2, so it stands for [1.975, 1.985).
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(mantissa.scale(), 0)).multiply(new BigDecimal("0.5"));
        return Optional.of(new Figure(plain(mantissa.multiply(multiplier)), unit(m.group(3)),
                plain(half.multiply(multiplier))));
    }

    private static Optional<Unit> unit(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word) {
            case "元", "元人民币", "人民币" -> Optional.of(Unit.CNY);
            case "美元" -> Optional.of(Unit.USD);
            case "%", "％" -> Optional.of(Unit.PERCENT);
            default -> Optional.empty();
        };
    }

    private static BigDecimal plain(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
