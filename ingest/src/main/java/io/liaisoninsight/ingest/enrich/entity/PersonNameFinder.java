package io.liaisoninsight.ingest.enrich.entity;

import io.liaisoninsight.ingest.enrich.text.Token;
import io.liaisoninsight.ingest.enrich.text.WordKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.liaisoninsight.ingest.enrich.entity.CharSet.isCjk;

/**
 * People named in the text, conservatively: surname + one or two chars framed by a role word before
 * (村民, 包工头, 村支书 …) or a cue after (反映, 称, 说, 等人 …). Precision before recall: a wrong name
 * in a profile or an aggregation is worse than a missed one, and the record's complainants are
 * known anyway. Anonymised references (王某) and titles (王书记) are not names.
 */
final class PersonNameFinder {

    /**
     * Common surnames, without those that are also frequent sentence-opening words (和, 向, 时, 全,
     * 应, 连, 常, 成, 文, 安, 关, 路 …): a name is only proposed after a boundary, where those words abound.
     */
    private static final CharSet SURNAMES = new CharSet("张王李赵刘陈杨黄马周吴徐孙朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
            + "袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵"
            + "万钱严覃武戴莫孔汤温康施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞左柳祝包尚符舒阮柯纪梅童凌毕裴霍涂盛苗谷"
            + "曲翁冉骆蓝辛靳柴蒙鲍喻祁蒲滕饶艾穆卓缪娄窦戚岑景卜晏瞿臧闵苟邬卞姬栾隋刁甄巩佘苑邝");
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "令狐", "夏侯");
    private static final CharSet COMPOUND_FIRST = new CharSet(String.join("", COMPOUND_SURNAMES));
    /** Words right before a name that say a person follows (村民张建国, 反映人：张建国). */
    private static final List<String> ROLE_WORDS = List.of("村民", "群众", "居民", "老人", "工人", "农民工", "信访人", "来访人",
            "上访人", "当事人", "申请人", "被申请人", "负责人", "包工头", "工友", "妻子", "丈夫", "儿子", "女儿", "母亲", "父亲",
            "老伴", "名叫", "叫", "村支书", "支书", "村主任", "村会计", "社长", "书记", "主任", "镇长", "乡长", "村长", "经理",
            "老板", "法官", "民警", "律师", "记者", "业主", "户主", "反映人", "联系人", "投资人", "借款人", "被告", "原告",
            "收购商", "开发商", "商户", "店主", "司机", "老师", "医生", "患者", "同事", "邻居", "村医", "会计");
    /** Words right after a name that say it was a person (张建国反映, 李红称, 王军等人). */
    private static final List<String> CUE_WORDS = List.of("反映", "称", "说", "表示", "同志", "等人", "等", "老人", "女士",
            "先生", "告诉", "投诉", "举报", "来访", "一家", "夫妇", "家中", "家里", "家的", "承诺", "答应", "拒绝", "介绍",
            "认为", "带领", "带着", "签订", "的儿子", "的妻子", "的亲戚", "家", "夫妻", "父子", "母子");
    /** Particles and verbs after which a name may start (的孙德明老人, 受理了李秀兰等, 我叫黄国庆). */
    private static final CharSet NAME_OPENERS = new CharSet("的了是叫和与及同给让找被把对向有由为");
    /** Given-name parts that are titles or kinship terms, not names (王书记, 李师傅). */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("书记", "主任", "村长", "镇长", "乡长", "经理", "老板", "师傅",
            "大爷", "大妈", "阿姨", "老师", "医生", "法官", "律师", "警官", "支书", "社长", "会计", "总", "局长", "科长", "老汉",
            "家", "某", "某某", "先生", "女士", "同志", "队长", "组长", "所长", "院长", "工", "姐", "哥", "叔", "婶");
    /** Numerals: a "surname" right after one is a quantity (30余名老人, 两三户), not a person. */
    private static final CharSet NUMERALS = new CharSet("0123456789０１２３４５６７８９零一二三四五六七八九十百千万两几");
    private static final CharSet NOT_NAME_CHARS = new CharSet("的了在是和与及等说称某们人家村镇乡区县市省反映向对被把给为到从也都"
            + "就又上下中内外前后里已未不没有这那个一二三四五六七八九十几多年月日号元万千百");

    /**
     * Tried in this order: a 3-char then a 2-char name followed by a cue word, after a boundary
     * (punctuation, a role word, or a particle such as 的/了); then, after a role word only, a 3-char
     * name (村支书王永福挪用) or a 2-char one before punctuation. A candidate that is one ordinary
     * dictionary word (金额, 高度) is no name.
     */
    List<Span> find(String text, List<Token> tokens) {
        Token[] tokenAt = new Token[text.length()];
        for (Token token : tokens) {
            if (token.start() < tokenAt.length) {
                tokenAt[token.start()] = token;
            }
        }
        List<Span> names = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int surnameLength = surnameAt(text, i);
            if (surnameLength == 0 || i > 0 && NUMERALS.contains(text.charAt(i - 1))) {
                continue;
            }
            int roleEnd = i > 0 && (text.charAt(i - 1) == '：' || text.charAt(i - 1) == ':') ? i - 1 : i;
            boolean roleBefore = endsWithAny(text, roleEnd, ROLE_WORDS);
            boolean boundaryBefore = i == 0 || !isCjk(text.charAt(i - 1)) || roleBefore
                    || NAME_OPENERS.contains(text.charAt(i - 1));
            if (!boundaryBefore) {
                continue;
            }
            String name = null;
            for (int givenLength = 2; givenLength >= 1 && name == null; givenLength--) {
                int end = i + surnameLength + givenLength;
                if (end <= text.length() && isName(text, i, end, tokenAt) && cueAt(text, end)) {
                    name = text.substring(i, end);
                }
            }
            Token opening = tokenAt[i];
            boolean surnameStartsAWord = opening != null && opening.length() > surnameLength
                    && (opening.kind() == WordKind.VERB || opening.kind() == WordKind.FUNCTION);
            if (name == null && roleBefore && !surnameStartsAWord) { // not 群众申请…: 申请 is a verb
                int end3 = i + surnameLength + 2;
                int end2 = i + surnameLength + 1;
                if (end3 <= text.length() && isName(text, i, end3, tokenAt)) {
                    name = text.substring(i, end3);
                } else if (end2 <= text.length() && isName(text, i, end2, tokenAt)
                        && (end2 == text.length() || !isCjk(text.charAt(end2)))) {
                    name = text.substring(i, end2);
                }
            }
            if (name != null) {
                names.add(new Span(name, i + name.length()));
                i += name.length() - 1;
            }
        }
        return names;
    }

    private static boolean isName(String text, int start, int end, Token[] tokenAt) {
        Token word = tokenAt[start];
        if (word != null && word.end() == end && word.kind() != WordKind.PERSON_NAME && word.kind() != WordKind.OTHER) {
            return false; // 金额, 高度, 马路: the dictionary knows it as an ordinary word
        }
        String given = text.substring(start + surnameAt(text, start), end);
        if (NOT_GIVEN_NAMES.contains(given)) {
            return false;
        }
        for (int k = 0; k < given.length(); k++) {
            char c = given.charAt(k);
            if (!isCjk(c) || NOT_NAME_CHARS.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /** A cue after a name: a speech or role word, or 、 followed by the next name (陈建华、周玉梅等). */
    private static boolean cueAt(String text, int end) {
        if (startsWithAny(text, end, CUE_WORDS)) {
            return true;
        }
        return end + 1 < text.length() && text.charAt(end) == '、' && surnameAt(text, end + 1) > 0;
    }

    private static int surnameAt(String text, int i) {
        char c = text.charAt(i);
        if (COMPOUND_FIRST.contains(c)) {
            for (String compound : COMPOUND_SURNAMES) {
                if (text.startsWith(compound, i)) {
                    return 2;
                }
            }
        }
        return SURNAMES.contains(c) ? 1 : 0;
    }

    private static boolean endsWithAny(String text, int end, List<String> words) {
        for (String word : words) {
            if (end >= word.length() && text.startsWith(word, end - word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String text, int start, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }
}
