package org.cbeckg.model;

/** Kinds of news event an article reports. Codes as in the project's SKOS scheme and the gold contract. */
public enum EventKind implements Coded {
    PRESS_CONFERENCE("press_conference", "新闻发布会", "press conference"),
    APPROVAL("approval", "批复", "approval"),
    EVALUATION("evaluation", "评估", "evaluation"),
    OTHER("other", "其他事件", "other event");

    private final Label label;

    EventKind(String code, String zh, String en) {
        this.label = new Label(code, zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
