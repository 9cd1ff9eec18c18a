package io.liaisoninsight.demo.reference;

import java.util.List;

/**
 * A district or county of Lanzhou.
 *
 * @param name           e.g. 城关区
 * @param code           the administrative division code, also the first six digits of its residents' ID numbers
 * @param procuratorate  the district's procuratorate, e.g. 兰州市城关区人民检察院
 * @param townships      the townships with a liaison office
 */
public record District(String name, String code, String procuratorate, List<Township> townships) {

    public District {
        townships = List.copyOf(townships);
    }
}
