package io.liaisoninsight.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the small changes a complaint goes through when it is sent again: a few characters mistyped, two
 * sentences swapped, punctuation changed, a greeting added or dropped, a note appended, the title prefixed.
 */
final class NearDuplicateEditor {

    enum Edit { CHAR_EDIT, SWAP_SENTENCES, PUNCTUATION, GREETING, APPENDED_NOTE, TITLE_PREFIX, TRUNCATED }

    record Edited(String title, String content, List<String> edits) {
    }

    /** Common slips: characters typed for one another, and characters easily dropped. */
    private static final String SLIPS_FROM = "的地在已做象他那得帐";
    private static final String SLIPS_TO = "地的再以作像她哪的账";
    private static final String GREETINGS = "您好，";
    private static final List<String> NOTES = List.of("此前已经反映过一次，至今没有答复，特再次反映。",
            "（补充：相关材料已另行寄送。）", "请领导务必重视！", "以上情况望尽快回复。");
    private static final List<String> TITLE_PREFIXES = List.of("再次反映：", "【重复】", "补充反映：", "关于");

    /** Applies {@code count} different edits (at least one that changes the content). */
    Edited edit(Dice dice, String title, String content, int count, List<Edit> allowed) {
        List<Edit> pool = new ArrayList<>(allowed);
        HotSpotPlanner.shuffle(dice, pool);
        List<String> applied = new ArrayList<>();
        String t = title;
        String c = content;
        for (Edit edit : pool) {
            if (applied.size() >= count) {
                break;
            }
            String before = c;
            String beforeTitle = t;
            switch (edit) {
                case CHAR_EDIT -> c = charEdit(dice, c);
                case SWAP_SENTENCES -> c = swapSentences(dice, c);
                case PUNCTUATION -> c = punctuation(dice, c);
                case GREETING -> c = c.startsWith(GREETINGS) ? c.substring(GREETINGS.length()) : GREETINGS + c;
                case APPENDED_NOTE -> c = c + dice.pick(NOTES);
                case TITLE_PREFIX -> t = prefixTitle(dice, t);
                case TRUNCATED -> c = dropLastSentence(c);
            }
            if (!c.equals(before) || !t.equals(beforeTitle)) {
                applied.add(edit.name());
            }
        }
        if (c.equals(content)) {
            c = c + dice.pick(NOTES);
            applied.add(Edit.APPENDED_NOTE.name());
        }
        return new Edited(t.length() > 200 ? t.substring(0, 200) : t, c.length() > 20000 ? c.substring(0, 20000) : c,
                List.copyOf(applied));
    }

    private static String charEdit(Dice dice, String text) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (SLIPS_FROM.indexOf(text.charAt(i)) >= 0) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        int edits = Math.min(candidates.size(), dice.between(1, 3));
        for (int e = 0; e < edits; e++) {
            int i = candidates.get(dice.below(candidates.size()));
            b.setCharAt(i, SLIPS_TO.charAt(SLIPS_FROM.indexOf(text.charAt(i))));
        }
        return b.toString();
    }

    private static String swapSentences(Dice dice, String text) {
        List<String> sentences = sentences(text);
        if (sentences.size() < 4) {
            return text;
        }
        // Never the first (greeting or opening) nor the last (closing).
        int i = 1 + dice.below(sentences.size() - 3);
        String a = sentences.get(i);
        sentences.set(i, sentences.get(i + 1));
        sentences.set(i + 1, a);
        return String.join("", sentences);
    }

    private static String punctuation(Dice dice, String text) {
        return switch (dice.below(3)) {
            case 0 -> text.replace('，', ',');
            case 1 -> text.replace("。", "。 ");
            default -> text.replace('：', ':').replace('！', '!');
        };
    }

    private static String prefixTitle(Dice dice, String title) {
        String prefix = dice.pick(TITLE_PREFIXES);
        return title.startsWith(prefix) ? title : prefix + title;
    }

    private static String dropLastSentence(String text) {
        List<String> sentences = sentences(text);
        if (sentences.size() < 4) {
            return text;
        }
        String shorter = String.join("", sentences.subList(0, sentences.size() - 1));
        return shorter.length() >= TextBody.MIN ? shorter : text;
    }

    /** Splits after 。！？ (keeping them), so joining the parts gives the text back. */
    static List<String> sentences(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '。' || ch == '！' || ch == '？') {
                int end = i + 1;
                while (end < text.length() && (text.charAt(end) == '”' || text.charAt(end) == '\n')) {
                    end++;
                }
                parts.add(text.substring(from, end));
                from = end;
                i = end - 1;
            }
        }
        if (from < text.length()) {
            parts.add(text.substring(from));
        }
        return parts;
    }
}
