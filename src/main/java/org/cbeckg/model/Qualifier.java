package org.cbeckg.model;

/** How a stated figure relates to the true value: 超过 (more than), 近/约 (approx), 不到 (less than), 至少 (at least). */
public enum Qualifier implements Coded {
    EXACT("exact", "确数", "exact"),
    MORE_THAN("more_than", "超过", "more than"),
    AT_LEAST("at_least", "至少", "at least"),
    APPROX("approx", "约", "approximately"),
    LESS_THAN("less_than", "不到", "less than"),
    AT_MOST("at_most", "至多", "at most");

    private final Label label;

    Qualifier(String code, String zh, String en) {
        this.label = new Label(code, zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
