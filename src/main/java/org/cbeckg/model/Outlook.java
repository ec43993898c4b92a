package org.cbeckg.model;

/**
 * Whether a figure records what happened (实绩), forecasts what is expected (预计全年增长8%左右) or sets a goal
 * (力争到2027年培育50家). All three are figures; the outlook lets a reader keep records only.
 */
public enum Outlook implements Coded {
    RECORD("record", "实绩", "record", ""),
    FORECAST("forecast", "预测", "forecast", "（预测）"),
    TARGET("target", "目标", "target", "（目标）");

    private final Label label;
    private final String measureSuffix;

    Outlook(String code, String zh, String en, String measureSuffix) {
        this.label = new Label(code, zh, en);
        this.measureSuffix = measureSuffix;
    }

    @Override
    public Label label() {
        return label;
    }

    /** What a measure label ends with, so that the label alone tells a forecast: 跨境电商进出口额（预测）. */
    public String measureSuffix() {
        return measureSuffix;
    }

    public boolean isRecord() {
        return this == RECORD;
    }
}
