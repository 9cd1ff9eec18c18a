package io.liaisoninsight.demo;

import java.util.List;

/**
 * One kind of complaint with its sentence pools (see {@code demo/issue-templates.json}).
 *
 * @param key        short stable key, e.g. {@code wages}
 * @param category   the petition's {@code category} value, e.g. 劳动社保
 * @param label      what the matter is about, e.g. 拖欠农民工工资
 * @param entityKind what {@code {entity}} names: a community, a company, a factory ...
 * @param amountMin  money involved, in yuan
 * @param details    sentences that fit every theme of the category
 * @param themes     kinds of story within the category (执行难, 不服判决, 不立案 ...), each told consistently
 * @param thirdPersonVoice how notes and reports refer to the people concerned (当事人, 家属 ...); null: by place
 */
record IssueCategory(String key, String category, String label, double weight, String entityKind, long amountMin,
                     long amountMax, List<Template> units, List<Template> details, List<Theme> themes,
                     List<Template> mediaTitles, List<Template> mediaFacts, String topic, String thirdPersonVoice) {

    /**
     * One kind of story: a matter keeps its theme, so its texts do not mix unrelated complaints.
     *
     * @param label         what such a matter is called, e.g. 执行难问题 (the category's label if it has no themes)
     * @param visitFindings what a liaison officer notes about such a matter
     */
    record Theme(String key, String label, List<Template> titles, List<Template> openings, List<Template> facts,
                 List<Template> demands, List<Template> replies, List<Template> visitFindings) {

        /** The facts that read well in the third person (no 我/本人), for notes and reports. */
        List<Template> thirdPersonFacts() {
            return facts.stream().filter(t -> !t.toString().contains("我") && !t.toString().contains("本人")).toList();
        }
    }
}
