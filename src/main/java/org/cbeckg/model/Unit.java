package org.cbeckg.model;

/** Units of measure of an indicator, with the codes of the project's SKOS unit scheme. */
public enum Unit implements Coded {
    CNY("CNY", "元（人民币）", "yuan (CNY)"),
    USD("USD", "美元", "US dollar"),
    PERCENT("percent", "百分比", "percent"),
    PERCENTAGE_POINT("percentage_point", "百分点", "percentage point"),
    COUNT("count", "个数", "count"),
    SQUARE_METRE("square_metre", "平方米", "square metre"),
    TIMES("times", "倍", "times (multiple)"),
    RATIO("ratio", "比例", "ratio (fraction of a whole)"),
    TONNE("tonne", "吨", "tonne"),
    PERSON("person", "人", "persons");

    private final Label label;

    Unit(String code, String zh, String en) {
        this.label = new Label(code, zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
