package io.liaisoninsight.ingest.enrich.entity;

import io.liaisoninsight.ingest.enrich.text.Token;
import io.liaisoninsight.ingest.enrich.text.WordKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Places: known names (the gazetteer's words, which the segmenter keeps whole), dictionary place
 * names (兰州, 甘肃省), and unknown names ending in 村/社区/小区/街道/镇/乡 or an estate's 家园/花园/
 * 新村 … — the name running back over name-like words to the nearest function word, punctuation or
 * earlier place, a few chars at most.
 */
final class PlaceFinder {

    /**
     * Housing estates named without 小区 (金港家园, 学府花园). Their names are brands, so an adjective
     * before the suffix makes a phrase, not a name (美好家园, 温馨家园).
     */
    private static final List<String> ESTATE_SUFFIXES = List.of("家园", "花园", "新村", "佳苑", "雅苑", "名苑", "华庭",
            "雅居", "公寓");
    /** Longest first where one ends another (新村 before 村). */
    static final List<String> SUFFIXES = Stream.of(List.of("社区", "小区", "街道"), ESTATE_SUFFIXES, List.of("村", "镇", "乡"))
            .flatMap(List::stream).toList();
    private static final CharSet SUFFIX_LAST = CharSet.lastCharsOf(SUFFIXES);
    private static final Map<String, Integer> NAME_MAX = Map.of("社区", 5, "小区", 6, "街道", 4, "村", 4, "镇", 4, "乡", 4);
    private static final int ESTATE_NAME_MAX = 4;
    /** Words before a suffix that make a common noun, not a name (农村, 安置小区, 本村). */
    private static final Set<String> GENERIC_NAMES = Set.of("农", "乡", "新农", "城", "家", "老", "集", "小城", "住宅",
            "新建", "老旧", "安置", "整个", "我们", "所在", "当地", "附近", "周边", "周围", "城市", "农村", "各个", "这个",
            "那个", "一个", "同一", "全", "本", "该", "各", "邻", "外", "此", "每");
    private static final CharSet GENERIC_FIRST = new CharSet("全本该各邻外此每我你他她这那其同两几多某进驻包回出在到于从往去");

    private final Gazetteer gazetteer;

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Span> find(List<Token> tokens) {
        List<Span> places = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == WordKind.PLACE && token.length() >= 2 && !SUFFIXES.contains(token.text())) {
                places.add(new Span(token.text(), token.end()));
                continue;
            }
            String suffix = NameWords.suffixOf(token, SUFFIXES, SUFFIX_LAST);
            if (suffix != null && !token.domainTerm()) {
                String place = placeEndingAt(tokens, i, suffix);
                if (place != null) {
                    places.add(new Span(place, token.end()));
                }
            }
        }
        return places;
    }

    private String placeEndingAt(List<Token> tokens, int index, String suffix) {
        Token last = tokens.get(index);
        String ownPrefix = last.text().substring(0, last.length() - suffix.length());
        if (!ownPrefix.isEmpty() && isGeneric(ownPrefix)) {
            return null; // 同村, 全镇, 农村: a word, not a name
        }
        StringBuilder name = new StringBuilder(last.text());
        boolean estate = ESTATE_SUFFIXES.contains(suffix);
        int max = (estate ? ESTATE_NAME_MAX : NAME_MAX.get(suffix)) + suffix.length();
        for (int j = index - 1; j >= 0; j--) {
            Token token = tokens.get(j);
            String earlierSuffix = NameWords.suffixOf(token, SUFFIXES, SUFFIX_LAST);
            if (earlierSuffix != null && !ESTATE_SUFFIXES.contains(earlierSuffix)) {
                break; // the previous place ends here (新营镇|马家沟村), but not in 锦绣家园小区
            }
            boolean adjacentToBareSuffix = j == index - 1 && ownPrefix.isEmpty() && suffix.equals("村");
            if (!isNamePart(token, adjacentToBareSuffix) || name.length() + token.length() > max
                    || estate && token.kind() == WordKind.OTHER && token.length() > 1) {
                break;
            }
            name.insert(0, token.text());
        }
        String place = name.toString();
        String namePart = place.substring(0, place.length() - suffix.length());
        if (namePart.length() < 2 || isGeneric(namePart) || gazetteer.contains(namePart)) {
            return null;
        }
        return place;
    }

    private static boolean isGeneric(String namePart) {
        return GENERIC_NAMES.contains(namePart) || GENERIC_FIRST.contains(namePart.charAt(0));
    }

    private static boolean isNamePart(Token token, boolean adjacentToBareSuffix) {
        if (token.domainTerm()) {
            return false; // a known place or an issue term is no part of an unknown name
        }
        if (token.length() == 1 && token.kind() != WordKind.PUNCTUATION && token.kind() != WordKind.NUMBER) {
            return !NameWords.STOP.contains(token.text().charAt(0)); // 刘家堡: 家 is a measure word elsewhere
        }
        return switch (token.kind()) {
            // A dictionary place can open a smaller place's name (金沙 + 苑小区).
            case NOUN, PERSON_NAME, OTHER, PLACE -> true;
            // 建设村, 团结村: a verb can name a village, but only right before a bare 村 (not 反映|社区主任).
            case VERB -> adjacentToBareSuffix && token.length() <= 2;
            default -> false;
        };
    }
}
