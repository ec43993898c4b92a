package org.cbeckg.model;

/**
 * Administrative levels of a place, from country to county, plus macro-regions. Codes as in the project's SKOS scheme
 * and the gold contract.
 */
public enum PlaceLevel implements Coded {
    COUNTRY("country", "国家", "country"),
    PROVINCE("province", "省级行政区（省、自治区）", "province or autonomous region"),
    MUNICIPALITY("municipality", "直辖市", "municipality directly under the central government"),
    SAR("sar", "特别行政区", "special administrative region"),
    PREFECTURE("prefecture", "地级行政区", "prefecture-level division"),
    COUNTY("county", "县级行政区", "county-level division"),
    REGION("region", "经济地带", "macro-region");

    private final Label label;

    PlaceLevel(String code, String zh, String en) {
        this.label = new Label(code, zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
