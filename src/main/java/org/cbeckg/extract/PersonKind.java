package org.cbeckg.extract;

/** Roles in which a person appears in an article. Codes as in the project's SKOS scheme and the gold contract. */
public enum PersonKind implements Coded {
    OFFICIAL("official", "官员", "official"),
    JOURNALIST("journalist", "记者", "journalist"),
    EDITOR("editor", "编辑", "editor"),
    EXPERT("expert", "专家", "expert commentator"),
    OTHER("other", "其他人物", "other person");

    private final String code;
    private final String zh;
    private final String en;

    PersonKind(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }
}
