package io.liaisoninsight.demo;

import io.liaisoninsight.demo.reference.District;
import io.liaisoninsight.demo.reference.Township;

/**
 * One concrete grievance: what it is about, where, and the named parties. A one-off petition has its own; a
 * hot spot or a recurring complainant keeps one for all its records, so they name the same 小区 or company.
 *
 * @param theme     the kind of story within the category, kept by every record of the matter
 * @param entity    what {@code {entity}} names (小区, company, factory ...); empty when the category has none
 * @param startedAt when the matter began ({@code {date}} in the text)
 */
record Matter(IssueCategory category, IssueCategory.Theme theme, District district, Township township, String place,
              String entity, String project, String company, String propertyCompany, String boss, String cadre,
              String opponent, long amount, int count, long startedAt) {

    /** The name by which texts refer to the matter: its entity, or its place when it has none. */
    String keyPhrase() {
        return entity.isEmpty() ? place : entity;
    }
}
