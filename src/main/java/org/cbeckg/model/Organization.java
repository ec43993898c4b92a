package org.cbeckg.model;

import java.util.List;
import java.util.Objects;

/**
 * A named body: a central ministry, the State Council, a party department, a provincial department, a news medium,
 * an international organisation.
 *
 * @param id        IRI-safe, stable identifier ({@code mofcom}, {@code gacc}; a hash-derived one for bodies composed
 *                  from a place and a department, such as 浙江省商务厅)
 * @param name      the common short name used as the canonical name ({@code 商务部})
 * @param fullName  the full official name ({@code 中华人民共和国商务部}); equals name when there is no longer one
 * @param aliases   other names that denote the same body in text ({@code 商务部门} is NOT one: it is generic)
 * @param nameEn    English name
 * @param parentId  id of the body it belongs to ({@code state-council} for ministries), or null
 * @param placeId   id of the place whose body it is ({@code 330000} for 浙江省商务厅, so its level is known), or null
 *                  for central, national and international bodies
 * @param successorId  id of the body that took it over in a reform, for a former body named as it was then
 *                  ({@code samr} for 国家质检总局, abolished in 2018), else null
 */
public record Organization(String id, String name, String fullName, List<String> aliases, String nameEn,
                           OrganizationKind kind, String parentId, String placeId, String successorId) {
    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        fullName = fullName == null ? name : fullName;
        aliases = List.copyOf(aliases);
    }

    /** A body in force (no successor). */
    public Organization(String id, String name, String fullName, List<String> aliases, String nameEn,
                        OrganizationKind kind, String parentId, String placeId) {
        this(id, name, fullName, aliases, nameEn, kind, parentId, placeId, null);
    }
}
