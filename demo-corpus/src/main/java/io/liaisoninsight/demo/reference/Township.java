package io.liaisoninsight.demo.reference;

import java.util.List;

/**
 * A township or street (乡镇/街道) hosting a procuratorate liaison office.
 *
 * @param name     e.g. 皋兰路街道
 * @param kind     街道, 镇 or 乡
 * @param office   the liaison office, e.g. 皋兰路街道检察室
 * @param villages some of its villages or communities
 */
public record Township(String name, String kind, String office, List<String> villages) {

    public Township {
        villages = List.copyOf(villages);
    }

    /** Streets have communities (社区) and urban residents; towns and townships have villages. */
    public boolean urban() {
        return "街道".equals(kind);
    }
}
