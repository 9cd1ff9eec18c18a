package io.liaisoninsight.ingest.enrich.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds language that threatens life or safety (跳楼, 自杀, 以死相逼, 扬言 …) and returns the
 * sentences around it as evidence. Deliberately simple and explainable: a cue counts unless it is
 * negated right before (没有自杀倾向) or the sentence is about prevention work (预防自杀宣传讲座);
 * 扬言 (threatened) counts only with harm in its sentence (扬言报复, not 扬言上访).
 * A missed threat costs more than a false alarm, so ambiguous cases count.
 */
final class DangerLanguage {

    static final int MAX_EVIDENCE = 3;
    static final int MAX_EVIDENCE_LENGTH = 120;

    private static final List<String> CUES = List.of("跳楼", "自杀", "自焚", "以死相逼", "同归于尽", "喝农药", "服毒",
            "割腕", "上吊", "跳河", "跳桥", "轻生", "寻死", "不想活了", "活不下去", "一死了之", "死给", "扬言", "报复社会",
            "浇汽油", "持刀威胁", "炸掉");
    /** 扬言 (threatened) counts only with harm in the same sentence: 扬言要报复 does, 扬言要去北京上访 does not. */
    private static final String THREATENED = "扬言";
    private static final List<String> HARM = List.of("报复", "杀", "砍", "炸", "烧", "拼命", "死", "血", "跳", "毒");
    private static final List<String> NEGATIONS = List.of("没有", "无", "未", "并未", "不存在", "排除");
    private static final List<String> PREVENTION = List.of("预防", "防范", "防止");
    private static final List<String> CAMPAIGN = List.of("宣传", "讲座", "培训", "教育", "知识", "活动", "热线", "干预", "演练");
    private static final String SENTENCE_ENDS = "。！？!?；;\n";

    /** Evidence sentences, in text order, at most {@value #MAX_EVIDENCE}; empty when no cue counts. */
    List<String> evidence(String text) {
        // Sentence start → its earliest counting cue (position, length): a sentence with two cues
        // (扬言…自焚) is evidence once, cut around the first.
        TreeMap<Integer, int[]> hits = new TreeMap<>();
        for (String cue : CUES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) {
                int start = sentenceStart(text, at);
                String sentence = text.substring(start, sentenceEnd(text, at));
                if (negated(text, start, at) || prevention(sentence)
                        || cue.equals(THREATENED) && HARM.stream().noneMatch(sentence::contains)) {
                    continue;
                }
                int[] known = hits.get(start);
                if (known == null || at < known[0]) {
                    hits.put(start, new int[]{at, cue.length()});
                }
            }
        }
        List<String> evidence = new ArrayList<>();
        for (var hit : hits.entrySet()) {
            if (evidence.size() == MAX_EVIDENCE) {
                break;
            }
            int start = hit.getKey();
            int at = hit.getValue()[0];
            int length = hit.getValue()[1];
            evidence.add(trim(text.substring(start, sentenceEnd(text, at + length)), at - start, length));
        }
        return List.copyOf(evidence);
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
