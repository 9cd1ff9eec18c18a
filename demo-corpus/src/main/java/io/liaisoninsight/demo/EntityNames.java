package io.liaisoninsight.demo;

import io.liaisoninsight.demo.reference.District;
import io.liaisoninsight.demo.reference.Township;

import java.util.List;

/** Names of the places and organisations complaints are about, and a {@link Matter} built from them. */
final class EntityNames {

    private static final List<String> WORDS = List.of("金城", "陇原", "黄河", "华盛", "鑫源", "宏达", "中泰", "恒通",
            "瑞丰", "永盛", "天宇", "汇鑫", "西部", "丝路", "祥和", "兴业", "德润", "昌盛", "安泰", "嘉禾", "聚丰", "华泰",
            "万通", "博远", "百合", "滨河", "雁滩", "五泉", "白塔", "兰山", "金港", "盛达", "新世纪", "锦华", "荣华", "和润",
            "鸿运", "泰和", "富源", "龙源");
    private static final List<String> COMMUNITY_SUFFIXES = List.of("家园", "花园", "小区", "新村", "佳苑", "雅居",
            "华府", "嘉园", "名苑", "公寓");
    private static final List<String> FACTORY_KINDS = List.of("化工有限公司", "洗煤厂", "建材厂", "铁合金厂",
            "塑料颗粒加工厂", "砂石料场", "沥青搅拌站", "养殖场", "皮革加工厂", "混凝土搅拌站");
    private static final List<String> PROJECT_KINDS = List.of("安置房项目", "商住楼项目", "棚户区改造项目", "二期项目",
            "综合体项目", "城中村改造项目", "道路拓宽工程", "保障性住房项目");
    private static final List<String> INVESTMENT_KINDS = List.of("投资管理有限公司", "农业科技有限公司",
            "养老服务有限公司", "财富管理有限公司", "农民专业合作社", "电子商务有限公司");
    private static final List<String> CADRE_ROLES = List.of("村支书", "村主任", "村会计", "村委会副主任");
    private static final List<String> RELATIVES = List.of("我父亲", "我母亲", "我丈夫", "我妻子", "我儿子", "我女儿");

    private final ChineseNames names;

    EntityNames(ChineseNames names) {
        this.names = names;
    }

    /** A fresh matter of {@code category} in a township, begun some months before {@code before}. */
    Matter matter(Dice dice, Timeline timeline, IssueCategory category, District district, Township township,
                  long before) {
        String place = dice.pick(township.villages());
        if ("village".equals(category.key()) && !place.endsWith("村")) {
            // Village affairs (村务) happen in villages: take one of the township's villages if it has any.
            List<String> villages = township.villages().stream().filter(v -> v.endsWith("村")).toList();
            place = villages.isEmpty() ? place : dice.pick(villages);
        }
        String entity = entity(dice, category.entityKind(), district, township, place);
        long amount = roundAmount(category.amountMin()
                + (long) (Math.pow(dice.unit(), 2) * (category.amountMax() - category.amountMin())));
        int count = (int) Math.round(Math.min(300, 5 + dice.logNormal(30, 0.8)));
        long startedAt = Math.max(timeline.dayStart(0) - 540 * Timeline.DAY,
                before - dice.betweenLong(30 * Timeline.DAY, 540 * Timeline.DAY));
        return new Matter(category, dice.pick(category.themes()), district, township, place, entity,
                project(dice, place), company(dice), propertyCompany(dice), "包工头" + names.anonymised(dice),
                cadre(dice, township), names.anonymised(dice), amount, count, startedAt);
    }

    String entity(Dice dice, String kind, District district, Township township, String place) {
        return switch (kind) {
            case "community" -> township.urban() || dice.chance(0.3) ? community(dice) : place;
            case "estate" -> community(dice);
            case "constructionCompany" -> dice.chance(0.6) ? "甘肃" + word(dice) + "建筑工程有限公司"
                    : "兰州" + word(dice) + "建设集团有限公司";
            case "court" -> district.name() + "人民法院";
            case "villageCommittee" -> place + (place.endsWith("村") ? "村委会" : "居委会");
            case "factory" -> (dice.chance(0.5) ? "兰州" : stem(township.name()))
                    + word(dice) + dice.pick(FACTORY_KINDS);
            case "hospital" -> switch (dice.below(4)) {
                case 0 -> district.name() + "人民医院";
                case 1 -> district.name() + "第二人民医院";
                case 2 -> "兰州" + word(dice) + "医院";
                default -> stem(township.name()) + (township.urban() ? "社区卫生服务中心" : "卫生院");
            };
            case "school" -> switch (dice.below(4)) {
                case 0 -> stem(township.name()) + "中心小学";
                case 1 -> "兰州市第" + chineseNumber(dice.between(2, 70)) + "中学";
                case 2 -> word(dice) + "幼儿园";
                default -> stem(place) + "小学";
            };
            case "transportCompany" -> "兰州" + word(dice) + (dice.chance(0.5) ? "物流有限公司" : "运输有限公司");
            case "investmentCompany" -> (dice.chance(0.5) ? "甘肃" : "兰州") + word(dice) + dice.pick(INVESTMENT_KINDS);
            case "none" -> "";
            default -> throw new IllegalArgumentException("unknown entity kind " + kind);
        };
    }

    String community(Dice dice) {
        String name = word(dice) + dice.pick(COMMUNITY_SUFFIXES);
        return name.endsWith("小区") || name.endsWith("公寓") || dice.chance(0.5) ? name : name + "小区";
    }

    String project(Dice dice, String place) {
        return (dice.chance(0.3) ? stem(place) : word(dice)) + dice.pick(PROJECT_KINDS);
    }

    String company(Dice dice) {
        return "兰州" + word(dice) + "房地产开发有限公司";
    }

    String propertyCompany(Dice dice) {
        return "兰州" + word(dice) + "物业管理有限公司";
    }

    String relative(Dice dice) {
        return dice.pick(RELATIVES);
    }

    private String cadre(Dice dice, Township township) {
        return (township.urban() ? "社区主任" : dice.pick(CADRE_ROLES)) + names.anonymised(dice);
    }

    /** 皋兰路街道 → 皋兰路, 青城村 → 青城: the name without its administrative suffix. */
    static String stem(String name) {
        for (String suffix : new String[] {"街道", "社区", "镇", "乡", "村"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String word(Dice dice) {
        return dice.pick(WORDS);
    }

    /** Round to what people quote: whole hundreds below ten thousand, whole hundreds of yuan above. */
    private static long roundAmount(long yuan) {
        return Math.max(100, Math.round(yuan / 100.0) * 100);
    }

    static String chineseNumber(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        String tens = n / 10 == 1 ? "十" : digits[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + digits[n % 10];
    }
}
