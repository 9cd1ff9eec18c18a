package io.liaisoninsight.ingest.enrich.entity;

import io.liaisoninsight.ingest.enrich.Enrichment.Entities;
import io.liaisoninsight.ingest.enrich.text.AnalysedText;
import io.liaisoninsight.ingest.enrich.text.Token;
import io.liaisoninsight.ingest.enrich.text.WordKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People, places and organisations named in a record, by gazetteer, suffix patterns and a
 * conservative name pattern over the segmenter's words.
 *
 * <p>Why not HanLP's statistical recognisers: on the hand-labelled sentences of
 * {@code EntityExtractorTest} they ran at ~1 MB/s per thread (as slow as the smartcn analysis
 * Elasticsearch does anyway) and were not more accurate on this domain, where most places are
 * villages and communities missing from their dictionaries. These rules run at tens of MB/s.
 *
 * <ul>
 *   <li>places: known Lanzhou names ({@link Gazetteer}), dictionary place names, and unknown names
 *       ending in 村/社区/小区/街道/镇/乡, the name running back to the nearest function word,
 *       punctuation or known place;</li>
 *   <li>organisations: words ending in 公司/厂/局/委员会/学校/医院/银行/合作社/派出所/法院 …, the name
 *       running back over name-like words and starting at a place name when there is one
 *       (甘肃宏达建筑工程有限公司, 榆中县和平镇政府); generic references (当地政府) are not names;</li>
 *   <li>people: the record's complainants, plus surname + one or two chars framed by a role word
 *       before (村民, 包工头, 村支书 …) or a speech cue after (反映, 称, 说, 等人 …). Anonymised
 *       references (王某) are not names.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class EntityExtractor {

    public static final int MAX_PER_KIND = 20;

    /** Words the segmenter must keep whole so that place suffixes are not misread (村村民 → 村 + 村民). */
    private static final List<String> SEGMENTATION_HINTS = List.of("村民", "村里", "村上", "村口", "村头", "村道",
            "村组", "村务", "村级", "村庄", "村子", "村支书", "村主任", "村会计", "村干部", "镇上", "镇里", "镇长", "镇政府",
            "镇党委", "镇纪委", "乡政府", "乡亲", "乡里", "乡长", "乡镇", "乡村", "小区门口", "社区干部", "街道办");

    private static final List<String> PLACE_SUFFIXES = List.of("社区", "小区", "街道", "村", "镇", "乡");
    private static final Map<String, Integer> PLACE_NAME_MAX = Map.of("社区", 5, "小区", 6, "街道", 4, "村", 4, "镇", 4, "乡", 4);
    private static final Set<String> GENERIC_PLACE_NAMES = Set.of("农", "乡", "新农", "城", "家", "老", "集",
            "小城", "住宅", "新建", "老旧", "安置", "整个", "我们", "所在", "当地", "附近", "周边", "周围", "城市", "农村",
            "各个", "这个", "那个", "一个", "同一", "全", "本", "该", "各", "邻", "外", "此", "每");
    private static final String PLACE_STOP_PREFIXES = "全本该各邻外此每我你他她这那其同两几多某进驻包回出在到于从往去";

    private static final List<String> ORG_SUFFIXES = List.of("有限责任公司", "股份有限公司", "有限公司", "公司", "集团",
            "委员会", "村委会", "居委会", "学校", "小学", "中学", "大学", "幼儿园", "医院", "卫生院", "银行", "信用社",
            "合作社", "派出所", "法院", "检察院", "政府", "办事处", "事务所", "大队", "厂", "局");
    /** Verbs that occur inside organisation names (建筑工程, 房地产开发, 物业管理). */
    private static final Set<String> ORG_NAME_VERBS = Set.of("开发", "建设", "建筑", "管理", "服务", "投资", "置业", "运输",
            "制造", "经营", "咨询", "施工", "装饰", "物流", "劳务", "贸易", "培训", "发展", "供应", "销售", "安装", "养殖",
            "种植", "加工", "生产", "监督", "执法", "保障", "检验", "检测", "环保", "供热", "供水", "劳动", "监察", "保险");
    /**
     * Name parts that refer to some organisation without naming it (当地政府, 物业公司, 人民法院), the
     * trades of firm names (化工有限公司 names no firm), and procedure words that precede 公司 in a
     * sentence (仲裁裁决公司支付…). A name needs one part that is none of these: a place or a brand.
     */
    private static final Set<String> GENERIC_ORG_WORDS = Set.of("当地", "有关", "相关", "上级", "这家", "一家", "该", "这",
            "那", "其", "本", "各", "区", "县", "市", "省", "镇", "乡", "村", "人民", "物业", "建筑", "施工", "开发", "劳务",
            "供热", "供水", "环保", "工程", "房地产", "我们", "他们", "分", "子", "总", "上", "下", "里", "基层", "地方", "民营",
            "私人", "国有", "开发商", "承包", "工地", "化工", "建材", "置业", "科技", "实业", "贸易", "商贸", "农业", "食品",
            "能源", "矿业", "电力", "通信", "网络", "信息", "文化", "传媒", "教育", "医疗", "医药", "汽车", "运输", "物流",
            "餐饮", "酒店", "旅游", "投资", "金融", "担保", "管理", "服务", "咨询", "发展", "建设", "制造", "安装", "装饰",
            "仲裁", "裁决", "判决", "执行", "起诉", "诉讼", "要求", "项目", "合同", "协议", "责令", "督促", "通知", "原",
            "这个", "那个", "整个", "所在", "涉事", "涉案", "属于", "对方", "被告", "原告", "保险", "保安", "工人", "员工");
    private static final int ORG_MAX_LENGTH = 20;

    private static final String STOP_CHARS = "在到的了是和与及从向对由将把被给为于我他她其等该本全各邻每这那个此原住位至经往去来回系属同也都又就才已未仍还并且而或但说称叫找让请要会能可把着过地得之以";

    /**
     * Common surnames, without those that are also frequent sentence-opening words (和, 向, 时, 全,
     * 应, 连, 常, 成, 文, 安, 关, 路 …): a name is only proposed after a boundary, where those words abound.
     */
    private static final String SURNAMES = "张王李赵刘陈杨黄马周吴徐孙朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏"
            + "苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            + "汤温康施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞左柳祝包尚符舒阮柯纪梅童凌毕裴霍涂盛苗谷曲翁冉骆蓝辛靳"
            + "柴蒙鲍喻祁蒲滕饶艾穆卓缪娄窦戚岑景卜晏瞿臧闵苟邬卞姬栾隋刁甄巩佘苑邝";
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "令狐", "夏侯");
    /** Words right before a name that say a person follows (村民张建国, 包工头王某某). */
    private static final List<String> ROLE_WORDS = List.of("村民", "群众", "居民", "老人", "工人", "农民工", "信访人", "来访人",
            "上访人", "当事人", "申请人", "被申请人", "负责人", "包工头", "工友", "妻子", "丈夫", "儿子", "女儿", "母亲", "父亲",
            "老伴", "名叫", "叫", "村支书", "支书", "村主任", "村会计", "社长", "书记", "主任", "镇长", "乡长", "村长", "经理",
            "老板", "法官", "民警", "律师", "记者", "业主", "户主", "反映人", "联系人", "投资人", "借款人", "被告", "原告");
    /** Words right after a name that say it was a person (张建国反映, 李红称, 王军等人). */
    private static final List<String> CUE_WORDS = List.of("反映", "称", "说", "表示", "同志", "等人", "等", "老人", "女士",
            "先生", "告诉", "投诉", "举报", "来访", "一家", "夫妇", "家中", "家里", "家的", "承诺", "答应", "拒绝", "介绍",
            "认为", "带领", "带着", "签订", "的儿子", "的妻子", "的亲戚");
    /** Given-name parts that are titles or kinship terms, not names (王书记, 李师傅). */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("书记", "主任", "村长", "镇长", "乡长", "经理", "老板", "师傅",
            "大爷", "大妈", "阿姨", "老师", "医生", "法官", "律师", "警官", "支书", "社长", "会计", "总", "局长", "科长", "老汉",
            "家", "某", "某某", "先生", "女士", "同志", "队长", "组长", "所长", "院长", "工", "姐", "哥", "叔", "婶");
    private static final String NOT_NAME_CHARS = "的了在是和与及等说称某们人家村镇乡区县市省反映向对被把给为到从也都就又上下中内外前后里"
            + "已未不没有这那个一二三四五六七八九十几多年月日号元万千百";

    private static final CharSet SURNAME_CHARS = new CharSet(SURNAMES);
    private static final CharSet COMPOUND_SURNAME_FIRST = new CharSet(String.join("", COMPOUND_SURNAMES));
    private static final CharSet STOP = new CharSet(STOP_CHARS);
    private static final CharSet NOT_NAME = new CharSet(NOT_NAME_CHARS);
    private static final CharSet PLACE_STOP_FIRST = new CharSet(PLACE_STOP_PREFIXES);
    private static final CharSet PLACE_SUFFIX_LAST = lastChars(PLACE_SUFFIXES);
    private static final CharSet ORG_SUFFIX_LAST = lastChars(ORG_SUFFIXES);

    private final Gazetteer gazetteer;

    public EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Words for the segmenter: known places and the hints that keep place suffixes readable. */
    public Map<String, WordKind> segmentationWords() {
        Map<String, WordKind> words = new LinkedHashMap<>();
        SEGMENTATION_HINTS.forEach(word -> words.put(word, WordKind.OTHER));
        words.putAll(gazetteer.segmentationWords());
        return words;
    }

    public Entities extract(AnalysedText text, Collection<String> knownPeople) {
        List<Token> tokens = text.tokens();
        Set<String> places = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == WordKind.PLACE && token.length() >= 2 && !PLACE_SUFFIXES.contains(token.text())) {
                places.add(token.text());
                continue;
            }
            String placeSuffix = suffixOf(token, PLACE_SUFFIXES, PLACE_SUFFIX_LAST);
            if (placeSuffix != null && !token.domainTerm()) {
                String place = placeEndingAt(tokens, i, placeSuffix);
                if (place != null) {
                    places.add(place);
                }
            }
            String orgSuffix = suffixOf(token, ORG_SUFFIXES, ORG_SUFFIX_LAST);
            if (orgSuffix != null) {
                String organization = organizationEndingAt(text.text(), tokens, i, orgSuffix);
                if (organization != null) {
                    organizations.add(organization);
                }
            }
        }
        Set<String> people = new LinkedHashSet<>();
        for (String name : knownPeople) {
            if (name != null && !name.isBlank()) {
                people.add(name.strip());
            }
        }
        people.addAll(namesByPattern(text.text()));
        return new Entities(bounded(people), bounded(places), bounded(organizations));
    }

    private static List<String> bounded(Set<String> values) {
        List<String> list = new ArrayList<>(values);
        return List.copyOf(list.size() > MAX_PER_KIND ? list.subList(0, MAX_PER_KIND) : list);
    }

    private static String suffixOf(Token token, List<String> suffixes, CharSet lastChars) {
        if (!lastChars.contains(token.text().charAt(token.length() - 1))) {
            return null;
        }
        for (String suffix : suffixes) {
            if (token.text().endsWith(suffix)) {
                return suffix;
            }
        }
        return null;
    }

    // --- places ---

    private String placeEndingAt(List<Token> tokens, int index, String suffix) {
        Token last = tokens.get(index);
        String ownPrefix = last.text().substring(0, last.length() - suffix.length());
        if (!ownPrefix.isEmpty() && isGenericPlaceName(ownPrefix)) {
            return null; // 同村, 全镇, 农村: a word, not a name
        }
        StringBuilder name = new StringBuilder(last.text());
        int max = PLACE_NAME_MAX.get(suffix) + suffix.length();
        for (int j = index - 1; j >= 0; j--) {
            Token token = tokens.get(j);
            boolean adjacentToBareSuffix = j == index - 1 && ownPrefix.isEmpty();
            if (!isPlaceNamePart(token, adjacentToBareSuffix) || name.length() + token.length() > max) {
                break;
            }
            name.insert(0, token.text());
        }
        String place = name.toString();
        String namePart = place.substring(0, place.length() - suffix.length());
        if (namePart.length() < 2 || isGenericPlaceName(namePart) || gazetteer.contains(namePart)) {
            return null;
        }
        return place;
    }

    private static boolean isGenericPlaceName(String namePart) {
        return GENERIC_PLACE_NAMES.contains(namePart) || PLACE_STOP_FIRST.contains(namePart.charAt(0));
    }

    private static boolean isPlaceNamePart(Token token, boolean adjacentToBareSuffix) {
        if (token.domainTerm()) {
            return false;
        }
        if (token.length() == 1 && token.kind() != WordKind.PUNCTUATION && token.kind() != WordKind.NUMBER) {
            return !STOP.contains(token.text().charAt(0)); // 刘家堡: 家 is a measure word elsewhere
        }
        return switch (token.kind()) {
            case NOUN, PERSON_NAME, OTHER -> true;
            // 建设村, 团结村: a verb can name a village, but only right before a bare suffix.
            case VERB -> adjacentToBareSuffix && token.length() <= 2;
            default -> false;
        };
    }

    // --- organisations ---

    private String organizationEndingAt(String text, List<Token> tokens, int index, String suffix) {
        Token last = tokens.get(index);
        int first = index;
        for (int j = index - 1; j >= 0; j--) {
            Token token = tokens.get(j);
            if (!isOrganizationNamePart(token) || last.end() - token.start() > ORG_MAX_LENGTH) {
                break;
            }
            first = j;
        }
        // A place usually opens the name (甘肃宏达建筑…): drop what the walk picked up before it.
        for (int j = first; j < index; j++) {
            if (tokens.get(j).kind() == WordKind.PLACE) {
                first = j;
                break;
            }
        }
        boolean distinctive = false;
        for (int j = first; j < index; j++) {
            distinctive |= isDistinctive(tokens.get(j));
        }
        String ownPrefix = last.text().substring(0, last.length() - suffix.length());
        distinctive |= !ownPrefix.isEmpty() && !GENERIC_ORG_WORDS.contains(ownPrefix) && !last.domainTerm();
        String organization = text.substring(tokens.get(first).start(), last.end());
        if (!distinctive || organization.indexOf('某') >= 0 || organization.length() <= suffix.length()) {
            return null;
        }
        return organization;
    }

    private static boolean isOrganizationNamePart(Token token) {
        if (token.length() == 1 && token.kind() != WordKind.PUNCTUATION && token.kind() != WordKind.NUMBER) {
            return !token.domainTerm() && !STOP.contains(token.text().charAt(0));
        }
        return switch (token.kind()) {
            case PLACE, ORGANIZATION, PERSON_NAME -> true;
            case NOUN -> !token.domainTerm() || token.text().equals("物业");
            case VERB -> ORG_NAME_VERBS.contains(token.text());
            case OTHER -> !token.domainTerm() && (token.length() > 1 || !STOP.contains(token.text().charAt(0)));
            default -> false;
        };
    }

    private static boolean isDistinctive(Token token) {
        return switch (token.kind()) {
            case PLACE, ORGANIZATION, PERSON_NAME, OTHER -> !GENERIC_ORG_WORDS.contains(token.text());
            case NOUN -> !GENERIC_ORG_WORDS.contains(token.text());
            default -> false;
        };
    }

    // --- people ---

    /** Surname + 1–2 chars with a role word before or a cue after; the 3-char reading wins when both fit. */
    static List<String> namesByPattern(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); i++) {
            int surnameLength = surnameAt(text, i);
            if (surnameLength == 0) {
                continue;
            }
            int roleEnd = i > 0 && (text.charAt(i - 1) == '：' || text.charAt(i - 1) == ':') ? i - 1 : i;
            boolean roleBefore = endsWithAny(text, roleEnd, ROLE_WORDS); // 村民张三, 反映人：张三
            boolean boundaryBefore = i == 0 || !isCjk(text.charAt(i - 1)) || roleBefore;
            if (!boundaryBefore) {
                continue;
            }
            for (int givenLength = 2; givenLength >= 1; givenLength--) {
                int end = i + surnameLength + givenLength;
                if (end > text.length()) {
                    continue;
                }
                String given = text.substring(i + surnameLength, end);
                if (!isGivenName(given)) {
                    continue;
                }
                boolean cueAfter = startsWithAny(text, end, CUE_WORDS);
                boolean boundaryAfter = end == text.length() || !isCjk(text.charAt(end));
                if (cueAfter || (roleBefore && boundaryAfter)) {
                    names.add(text.substring(i, end));
                    i = end - 1;
                    break;
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static int surnameAt(String text, int i) {
        char c = text.charAt(i);
        if (COMPOUND_SURNAME_FIRST.contains(c)) {
            for (String compound : COMPOUND_SURNAMES) {
                if (text.startsWith(compound, i)) {
                    return 2;
                }
            }
        }
        return SURNAME_CHARS.contains(c) ? 1 : 0;
    }

    private static boolean isGivenName(String given) {
        if (NOT_GIVEN_NAMES.contains(given)) {
            return false;
        }
        for (int k = 0; k < given.length(); k++) {
            char c = given.charAt(k);
            if (!isCjk(c) || NOT_NAME.contains(c)) {
                return false;
            }
        }
        return true;
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

    private static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
    }

    private static CharSet lastChars(List<String> words) {
        StringBuilder last = new StringBuilder();
        words.forEach(word -> last.append(word.charAt(word.length() - 1)));
        return new CharSet(last.toString());
    }

    /** Membership of chars in a fixed set, without scanning a string per lookup. */
    private static final class CharSet {
        private final java.util.BitSet bits = new java.util.BitSet(0x10000);

        CharSet(String chars) {
            chars.chars().forEach(bits::set);
        }

        boolean contains(char c) {
            return bits.get(c);
        }
    }
}
