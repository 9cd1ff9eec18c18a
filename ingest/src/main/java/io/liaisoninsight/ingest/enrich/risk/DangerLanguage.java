package io.liaisoninsight.ingest.enrich.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds language that threatens life or safety (跳楼, 自杀, 以死相逼, 扬言 …) and returns the
 * sentences around it as evidence. Deliberately simple and explainable: a cue counts unless it is
 * negated right before (没有自杀倾向) or the sentence is about prevention work (预防自杀宣传讲座).
 * A missed threat costs more than a false alarm, so ambiguous cases count.
 */
final class DangerLanguage {

    static final int MAX_EVIDENCE = 3;
    static final int MAX_EVIDENCE_LENGTH = 120;

    private static final List<String> CUES = List.of("跳楼", "自杀", "自焚", "以死相逼", "同归于尽", "喝农药", "服毒",
            "割腕", "上吊", "跳河", "跳桥", "轻生", "寻死", "不想活了", "活不下去", "一死了之", "死给", "扬言", "报复社会",
            "浇汽油", "持刀威胁", "炸掉");
    private static final List<String> NEGATIONS = List.of("没有", "无", "未", "并未", "不存在", "排除");
    private static final List<String> PREVENTION = List.of("预防", "防范", "防止");
    private static final List<String> CAMPAIGN = List.of("宣传", "讲座", "培训", "教育", "知识", "活动", "热线", "干预", "演练");
    private static final String SENTENCE_ENDS = "。！？!?；;\n";

    /** Evidence sentences, in text order, at most {@value #MAX_EVIDENCE}; empty when no cue counts. */
    List<String> evidence(String text) {
        Set<String> sentences = new LinkedHashSet<>();
        for (String cue : CUES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) {
                int start = sentenceStart(text, at);
                int end = sentenceEnd(text, at + cue.length());
                String sentence = text.substring(start, end);
                if (!negated(text, start, at) && !prevention(sentence)) {
                    sentences.add(trim(sentence, at - start, cue.length()));
                }
            }
        }
        List<String> ordered = new ArrayList<>(sentences);
        ordered.sort((a, b) -> Integer.compare(text.indexOf(a), text.indexOf(b)));
        return List.copyOf(ordered.size() > MAX_EVIDENCE ? ordered.subList(0, MAX_EVIDENCE) : ordered);
    }

    private static boolean negated(String text, int sentenceStart, int cueAt) {
        for (String negation : NEGATIONS) {
            int from = cueAt - negation.length();
            if (from >= sentenceStart && text.startsWith(negation, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean prevention(String sentence) {
        return PREVENTION.stream().anyMatch(sentence::contains) && CAMPAIGN.stream().anyMatch(sentence::contains);
    }

    private static int sentenceStart(String text, int from) {
        int i = from;
        while (i > 0 && SENTENCE_ENDS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int from) {
        int i = from;
        while (i < text.length() && SENTENCE_ENDS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i < text.length() ? i + 1 : i;
    }

    /** Long run-on sentences are cut to a window around the cue. */
    private static String trim(String sentence, int cueOffset, int cueLength) {
        String s = sentence.strip();
        if (s.length() <= MAX_EVIDENCE_LENGTH) {
            return s;
        }
        int lead = sentence.length() - sentence.stripLeading().length();
        int cue = Math.max(0, cueOffset - lead);
        int start = Math.max(0, Math.min(cue - (MAX_EVIDENCE_LENGTH - cueLength) / 2, s.length() - MAX_EVIDENCE_LENGTH));
        return (start > 0 ? "…" : "") + s.substring(start, start + MAX_EVIDENCE_LENGTH)
                + (start + MAX_EVIDENCE_LENGTH < s.length() ? "…" : "");
    }
}
