package org.cbeckg.model;

/** Roles in which a person appears in an article. Codes as in the project's SKOS scheme and the gold contract. */
public enum PersonKind implements Coded {
    OFFICIAL("official", "官员", "official"),
    JOURNALIST("journalist", "记者", "journalist"),
    EDITOR("editor", "编辑", "editor"),
    EXPERT("expert", "专家", "expert commentator"),
    OTHER("other", "其他人物", "other person");

    private final Label label;

    PersonKind(String code, String zh, String en) {
        this.label = new Label(code, zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
