package org.cbeckg.model.body;

import java.util.Arrays;

import org.cbeckg.model.OrganizationKind;

/** Looks up an {@link OrganizationKind} by its code, as data files write it. */
final class OrganizationKinds {

    private OrganizationKinds() {
    }

    static OrganizationKind byCode(String code) {
        return Arrays.stream(OrganizationKind.values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown organization kind '" + code + "'"));
    }
}
