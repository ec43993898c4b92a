package org.cbeckg.model;

/** Kinds of body named in the articles. Codes as in the project's SKOS scheme and the gold contract. */
public enum OrganizationKind implements Coded {
    MINISTRY("ministry", "国务院组成部门", "State Council ministry or commission"),
    STATE_COUNCIL("state_council", "国务院", "State Council"),
    AGENCY("agency", "国务院直属机构或部委管理的国家局", "State Council agency or national administration"),
    CUSTOMS("customs", "海关", "customs authority"),
    PARTY_DEPT("party_dept", "党中央及其部门", "Communist Party central body or department"),
    PROVINCIAL_DEPT("provincial_dept", "省级政府部门", "provincial government department"),
    LOCAL_GOVERNMENT("local_government", "地方人民政府", "local people's government"),
    MEDIA("media", "媒体", "news media"),
    INTERNATIONAL("international", "国际组织", "international organisation"),
    OTHER("other", "其他机构", "other body");

    private final Label label;

    OrganizationKind(String code, String zh, String en) {
        this.label = new Label(code, zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
