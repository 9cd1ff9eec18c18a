package io.liaisoninsight.ingest.enrich.entity;

import io.liaisoninsight.ingest.enrich.text.Token;
import io.liaisoninsight.ingest.enrich.text.WordKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Organisations: words ending in 公司/厂/局/委员会/学校/医院/银行/合作社/派出所/法院 …, the name
 * running back over name-like words and starting at a place name when there is one
 * (甘肃宏达建筑工程有限公司, 榆中县和平镇政府). A name needs a distinctive part — a place or a brand
 * — so generic references (当地政府, 物业公司, 化工有限公司) are not names.
 */
final class OrganizationFinder {

    private static final List<String> SUFFIXES = List.of("有限责任公司", "股份有限公司", "有限公司", "公司", "集团",
            "委员会", "村委会", "居委会", "学校", "小学", "中学", "大学", "幼儿园", "医院", "卫生院", "银行", "信用社",
            "合作社", "派出所", "法院", "检察院", "政府", "办事处", "事务所", "大队", "支行", "分行", "营业所", "厂", "局",
            // Sites complaints are often about (noise, dust, smell): 汇鑫混凝土搅拌站. Not 养殖场: mostly a
            // family's (李宝山家养殖场), which names no organisation.
            "搅拌站", "加油站", "屠宰场", "砂石场", "采石场");
    /**
     * Government departments whose official names contain 和, which otherwise ends a name walking back
     * (榆中县人力资源和社会保障局 would be read as 社会保障局). The segmenter keeps these whole.
     */
    static final List<String> DEPARTMENT_STEMS = List.of("人力资源和社会保障", "住房和城乡建设", "自然资源和规划",
            "文化和旅游", "工业和信息化", "发展和改革", "卫生和计划生育", "规划和自然资源");
    private static final CharSet SUFFIX_LAST = CharSet.lastCharsOf(SUFFIXES);
    private static final int MAX_LENGTH = 20;
    /** Determiners that end a name walking backwards: 一家砖厂 names no firm. */
    private static final Set<String> WALK_STOPS = Set.of("一家", "这家", "那家", "该", "当地", "有关", "相关", "这个", "那个",
            "一个", "所在", "涉事", "某");
    /** Verbs that occur inside organisation names (建筑工程, 房地产开发, 物业管理). */
    private static final Set<String> NAME_VERBS = Set.of("开发", "建设", "建筑", "管理", "服务", "投资", "置业", "运输",
            "制造", "经营", "咨询", "施工", "装饰", "物流", "劳务", "贸易", "培训", "发展", "供应", "销售", "安装", "养殖",
            "种植", "加工", "生产", "监督", "执法", "保障", "检验", "检测", "环保", "供热", "供水", "劳动", "监察", "保险");
    /**
     * Name parts that refer to some organisation without naming it (当地政府, 物业公司, 人民法院), the
     * trades of firm names (化工有限公司, 评估公司, 建设集团 name no firm), and procedure words that precede 公司 in a
     * sentence (仲裁裁决公司支付…).
     */
    private static final Set<String> GENERIC_WORDS = Set.of("当地", "有关", "相关", "上级", "这家", "一家", "该", "这",
            "那", "其", "本", "各", "区", "县", "市", "省", "镇", "乡", "村", "人民", "物业", "建筑", "施工", "开发", "劳务",
            "供热", "供水", "环保", "工程", "房地产", "我们", "他们", "分", "子", "总", "上", "下", "里", "基层", "地方", "民营",
            "私人", "国有", "开发商", "承包", "工地", "化工", "建材", "置业", "科技", "实业", "贸易", "商贸", "农业", "食品",
            "能源", "矿业", "电力", "通信", "网络", "信息", "文化", "传媒", "教育", "医疗", "医药", "汽车", "运输", "物流",
            "餐饮", "酒店", "旅游", "投资", "金融", "担保", "管理", "服务", "咨询", "发展", "建设", "制造", "安装", "装饰",
            "仲裁", "裁决", "判决", "执行", "起诉", "诉讼", "要求", "项目", "合同", "协议", "责令", "督促", "通知", "原",
            "这个", "那个", "整个", "所在", "涉事", "涉案", "属于", "对方", "被告", "原告", "保险", "保安", "工人", "员工",
            "工", "集团", "评估", "省城", "小区");

    List<Span> find(String text, List<Token> tokens) {
        List<Span> organizations = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String suffix = NameWords.suffixOf(token, SUFFIXES, SUFFIX_LAST);
            if (suffix != null) {
                String organization = organizationEndingAt(text, tokens, i, suffix);
                if (organization != null) {
                    organizations.add(new Span(organization, token.end()));
                }
            }
        }
        return organizations;
    }

    private static String organizationEndingAt(String text, List<Token> tokens, int index, String suffix) {
        Token last = tokens.get(index);
        int first = index;
        for (int j = index - 1; j >= 0; j--) {
            Token token = tokens.get(j);
            if (!isNamePart(token) || WALK_STOPS.contains(token.text()) || last.end() - token.start() > MAX_LENGTH) {
                break;
            }
            first = j;
        }
        // A place usually opens the name (施工方|甘肃宏达建筑…): drop what the walk picked up before it.
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
        distinctive |= !ownPrefix.isEmpty() && !GENERIC_WORDS.contains(ownPrefix) && !last.domainTerm();
        String organization = text.substring(tokens.get(first).start(), last.end());
        if (!distinctive || organization.indexOf('某') >= 0 || organization.length() <= suffix.length()) {
            return null;
        }
        return organization;
    }

    private static boolean isNamePart(Token token) {
        if (token.length() == 1 && token.kind() != WordKind.PUNCTUATION && token.kind() != WordKind.NUMBER) {
            return !token.domainTerm() && !NameWords.STOP.contains(token.text().charAt(0));
        }
        return switch (token.kind()) {
            case PLACE, ORGANIZATION, PERSON_NAME -> true;
            case NOUN -> !token.domainTerm() || token.text().equals("物业");
            case VERB -> NAME_VERBS.contains(token.text());
            case OTHER -> !token.domainTerm();
            default -> false;
        };
    }

    private static boolean isDistinctive(Token token) {
        return switch (token.kind()) {
            case PLACE, ORGANIZATION, PERSON_NAME, NOUN -> !GENERIC_WORDS.contains(token.text());
            // Unknown chars make a brand (汇, 鑫); adjectives and time words alone do not (正规公司, 明确医院).
            case OTHER -> token.length() == 1 && !GENERIC_WORDS.contains(token.text());
            default -> false;
        };
    }
}
