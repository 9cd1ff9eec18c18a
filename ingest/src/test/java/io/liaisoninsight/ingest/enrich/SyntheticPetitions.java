package io.liaisoninsight.ingest.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates petition-like Chinese texts (400–1000 chars) for tests: shared boilerplate openings
 * and closings, per-category fact sentences with different people, places, firms and amounts. Two
 * texts of one category are different complaints of the same template family: they share the
 * boilerplate and some sentence patterns, as real petitions written with the same advice do.
 * Deterministic for a given seed.
 */
public final class SyntheticPetitions {

    public record Text(String category, String title, String content) {
        public String joined() {
            return title + "\n" + content;
        }
    }

    private static final String[] SURNAMES = ("张王李赵刘陈杨黄马周吴徐孙朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶贺顾毛郝龚邵万严武戴孔汤").split("");
    private static final String[] GIVEN = {"建国", "秀英", "桂兰", "志强", "海燕", "文华", "玉梅", "永福", "国庆", "红霞",
            "德明", "春花", "宝山", "生荣", "兰英", "进财", "小军", "丽娟", "明", "强", "军", "芳", "伟", "静", "勇", "霞",
            "福林", "金花", "振华", "淑珍", "有才", "学文", "成林", "凤英", "天福", "玉兰"};
    private static final String[][] PLACES = {
            {"城关区", "雁北街道", "雁滩社区"}, {"城关区", "拱星墩街道", "焦家湾社区"}, {"城关区", "青白石街道", "石门沟村"},
            {"七里河区", "彭家坪镇", "彭家坪村"}, {"七里河区", "阿干镇", "阿干村"}, {"七里河区", "西果园镇", "袁家湾村"},
            {"西固区", "新城镇", "青石村"}, {"西固区", "河口镇", "河口村"}, {"西固区", "达川镇", "岔路村"},
            {"安宁区", "沙井驿街道", "沙井驿村"}, {"安宁区", "刘家堡街道", "刘家堡村"}, {"红古区", "花庄镇", "花庄村"},
            {"红古区", "平安镇", "平安村"}, {"永登县", "红城镇", "玉山村"}, {"永登县", "苦水镇", "苦水村"},
            {"榆中县", "和平镇", "袁家营村"}, {"榆中县", "定远镇", "定远村"}, {"榆中县", "金崖镇", "金崖村"},
            {"榆中县", "青城镇", "城河村"}, {"皋兰县", "什川镇", "上车村"}, {"皋兰县", "石洞镇", "魏家庄村"},
            {"皋兰县", "九合镇", "九合村"}};
    private static final String[] FIRMS = {"天宇", "宏达", "金城", "陇原", "华瑞", "新兴", "恒基", "西部", "祥和", "鑫源"};
    private static final String[] TRADES = {"房地产开发", "建筑工程", "物业管理", "劳务", "建材", "化工", "环保科技", "置业"};
    private static final String[] OFFICIALS = {"村支书", "村主任", "村会计", "镇干部", "社长"};

    private static final String[] OPENINGS = {
            "尊敬的领导：您好！我叫{name}，是{district}{township}{village}村民，现就{topic}问题向贵院反映如下。",
            "信访人{name}，{age}岁，住{district}{township}{village}。现将{topic}的情况反映如下，请求依法处理。",
            "我们是{district}{township}{village}的{count}户群众，联名反映{topic}问题，恳请领导重视。",
            "尊敬的检察院领导：我是{district}{township}{village}的{name}，因{topic}一事多次反映未果，今再次向你们反映。",
            "{district}{township}{village}村民{name}等人来访，反映{topic}问题。",
    };
    /** How the matter went so far: every category's petitions tell it, in their own order. */
    private static final String[] HISTORY = {
            "{year}年{month}月，我们第一次到{township}反映，接待的工作人员做了登记，说会尽快调查核实，让我们回家等消息。",
            "之后我们又先后{count}次到{district}信访局和有关部门反映，每次都是答复正在研究，但一直没有实质性进展。",
            "今年{month}月，我们拨打了12345市民热线，热线工单转到镇上，镇上回复说情况属实但需要协调，此后再无下文。",
            "我们也曾通过网上信访平台提交过材料，收到的回复只有一句请向属地反映，等于没有回复。",
            "镇上的领导曾当面答应我们年底前一定解决，可是过了一年多，事情还是原样。",
            "为了这件事，我们几户人家误工误时，来回路费和复印材料的花费也不少，大家心里都很着急。",
            "我们是本分的老百姓，不想给政府添麻烦，只希望依法依规把这件事情处理好。",
            "听说检察院设立了驻{township}检察室，专门受理群众反映的问题，所以我们抱着希望来到这里。"};

    private static final String[] CLOSINGS = {
            "以上情况属实，恳请检察机关依法监督，维护我们的合法权益。",
            "希望领导高度重视，尽快调查处理，给我们一个答复。",
            "请求有关部门依法处理，责令相关单位限期解决。",
            "我们多次找过镇上和区上，至今没有结果，实在没有办法才来反映。",
            "此致敬礼！反映人：{name}，联系电话：{phone}。",
    };

    /**
     * Writers differ in wording: each text takes, per pair, one phrasing or the other, so two texts
     * of one template family do not share whole sentences that only their slots tell apart.
     */
    private static final String[][] PHRASINGS = {
            {"多次", "三番五次"}, {"一直", "始终"}, {"至今", "到现在"}, {"没有", "未"}, {"我们", "我们几户"},
            {"村干部", "村上的干部"}, {"要求", "提出"}, {"发放", "兑付"}, {"实在", "真的"}, {"非常", "特别"},
            {"工作人员", "干部"}, {"拒不", "一直不"}, {"群众", "老百姓"}, {"去年", "上一年"}, {"严重", "很厉害"},
            {"请求", "恳请"}, {"已经", "早已"}, {"说", "讲"}, {"现在", "眼下"}, {"找不到", "找不见"},
            {"生活", "日子"}, {"后来", "之后"}, {"但是", "可是"}, {"情况", "事情"}, {"有关部门", "相关部门"},
            {"解决", "处理"}, {"答复", "说法"}, {"很多", "不少"}, {"不给", "不予"}, {"问题", "事"}};

    private record Category(String name, String topic, String[] titles, String[] facts, String[] demands) {
    }

    private static final Category[] CATEGORIES = {
            new Category("征地拆迁", "拆迁补偿", new String[]{
                    "关于{village}拆迁补偿款未足额发放的反映", "反映{township}征地补偿标准过低问题", "{village}群众反映拆迁安置房迟迟不能交付"},
                    new String[]{
                            "{year}年{month}月，{township}启动{village}棚户区改造项目，我家{area}平方米的房屋被列入拆迁范围。",
                            "当时拆迁办承诺按每平方米{price}元的标准补偿，并在一年内交付安置房。",
                            "签订补偿协议后，拆迁补偿款只发放了{amount}万元，剩余部分至今没有兑现。",
                            "我们发现同村其他人家的补偿标准比我们高出很多，评估报告也不给我们看。",
                            "{official}{name2}说补偿款已经全部拨付到村上，但村里一直不给发放。",
                            "有群众怀疑补偿款被村干部截留挪用，要求公开账目，村委会一直拖着不公开。",
                            "安置房原定{year}年底交房，现在已经延期两年，工地早就停工了。",
                            "我们一家五口只能在外租房住，过渡费从去年开始就停发了，生活十分困难。",
                            "去年{month}月，{company}的人员带着挖掘机强行拆除了我家的院墙和果树，青苗补偿一分没给。",
                            "镇政府工作人员多次上门做工作，但对补偿款的去向始终说不清楚。",
                            "征收的耕地共有{area}亩，征地补偿款应当按照规定足额发放到户。",
                            "拆迁时丈量的面积比实际少了{count}平方米，我们提出复核，对方不予理睬。"},
                    new String[]{"请求查清补偿款的去向，足额发放拆迁补偿款。", "请求尽快交付安置房，补发过渡费。",
                            "请求对村干部截留补偿款的问题依法调查处理。"}),
            new Category("劳动工资", "拖欠农民工工资", new String[]{
                    "反映{company}拖欠农民工工资", "关于{count}名农民工讨要工资的反映", "{company}拖欠工程款导致工人工资无着落"},
                    new String[]{
                            "{year}年{month}月至{year}年底，我们{count}名农民工在{company}承建的{village}安置小区项目干活。",
                            "包工头{name2}按天记工，说好工程完工后统一结算工资。",
                            "工程完工后，包工头以开发商拖欠工程款为由，拒不支付我们的工资，共计{amount}万元。",
                            "我们多次到工地和公司讨要，公司说工程款已经付给包工头，让我们去找包工头。",
                            "包工头后来电话关机，人也找不到了，只给我们打了欠条。",
                            "我们到区人社局劳动监察大队投诉，工作人员登记后说会协调，但一直没有下文。",
                            "快过年了，家里老人看病、孩子上学都等着这笔钱，我们实在没有办法。",
                            "有几个工友在干活时受了伤，公司没有给缴纳工伤保险，医药费都是自己垫付的。",
                            "公司没有和我们签订劳动合同，也没有缴纳社会保险。",
                            "我们申请了劳动仲裁，仲裁裁决公司支付工资，但公司至今拒不履行。",
                            "听说该项目设有农民工工资保证金，但有关部门一直没有动用。",
                            "去年{month}月我们曾到工地门口讨薪，公司保安还动手推搡了我们。"},
                    new String[]{"请求督促{company}尽快支付拖欠的工资。", "请求依法追究恶意欠薪人员的责任。",
                            "请求检察机关支持我们起诉，维护农民工的合法权益。"}),
            new Category("物业住房", "物业服务和房产证办理", new String[]{
                    "{village}小区业主反映物业服务问题", "反映{company}延期交房及房产证办理难", "关于小区供暖不达标的反映"},
                    new String[]{
                            "我们是{township}锦绣家园小区的业主，小区由{company}开发，{year}年交房。",
                            "交房至今已经{count}年，开发商一直不给办理房产证，说是土地手续没有办完。",
                            "物业公司每年按每平方米{price}元收取物业费，但服务质量很差，垃圾清运不及时。",
                            "小区电梯经常出故障，上个月有老人被困在电梯里一个多小时，物业公司不闻不问。",
                            "今年冬季集中供暖室温只有十二三度，我们多次打供热公司电话，始终没有改善。",
                            "物业公司擅自把小区公共绿地改成停车位出租，停车费收入去向不明。",
                            "小区公共维修基金有{amount}万元，业主们要求公开使用情况，物业公司拒绝公开。",
                            "顶楼住户家里漏水严重，墙体开裂，开发商说已过保修期不予维修。",
                            "业主们想成立业主委员会，街道办和社区一直不给批复。",
                            "开发商在交房时承诺的幼儿园和商业配套至今没有建设。",
                            "部分业主因不满服务拒交物业费，物业公司就停水停电，还威胁起诉业主。",
                            "小区违章建筑越来越多，有人在楼顶私搭乱建，城管部门来看过一次就没有下文。"},
                    new String[]{"请求督促开发商尽快为业主办理不动产证。", "请求更换物业公司，公开维修基金使用情况。",
                            "请求供热部门保证供暖质量，退还部分供热费。"}),
            new Category("社会救助", "低保和救助", new String[]{
                    "反映{village}低保评定不公问题", "关于残疾人补贴被停发的反映", "{name}反映临时救助申请无人受理"},
                    new String[]{
                            "我今年{age}岁，丈夫前年因病去世，儿子是二级残疾，全家没有固定收入。",
                            "去年{month}月我向村委会申请低保，村里评议时说名额有限，没有给我评上。",
                            "而村里有些家庭条件很好的人，有房有车，却都享受着低保，明显是优亲厚友。",
                            "{official}{name2}的亲戚家里开着商店，也被评上了低保户。",
                            "我家的残疾人补贴从今年{month}月开始就停发了，镇上说是系统审核没有通过。",
                            "我到镇民政办询问了三次，每次都让我回去等通知。",
                            "孩子看病每个月要花一千多元，新农合报销比例很低，我们已经借了{amount}万元外债。",
                            "去年冬天我家房子漏雨，申请危房改造，村里说没有指标。",
                            "村里的低保名单从来没有张榜公示，群众根本不知道谁享受了低保。",
                            "我申请临时救助，材料交上去两个多月了，没有任何答复。",
                            "高龄补贴也存在冒领的情况，有的老人已经去世多年还在领取。",
                            "我多次找村干部，他们说我不懂规矩，还说再闹就把其他补贴也停了。"},
                    new String[]{"请求重新评定我家的低保资格。", "请求清查村里的低保名单，取消不符合条件人员的低保。",
                            "请求恢复发放残疾人补贴并补发停发期间的款项。"}),
            new Category("村务管理", "村干部违规", new String[]{
                    "反映{village}村干部挪用集体资金", "关于{village}村务不公开问题的反映", "{village}群众反映村干部侵占集体土地收益"},
                    new String[]{
                            "{village}有集体土地{area}亩，{year}年以来陆续流转给{company}使用，每年租金{amount}万元。",
                            "这些年来村里从来没有公开过土地流转的租金收入和支出情况。",
                            "村民们多次要求村务公开、财务公开，{official}{name2}总是以各种理由推脱。",
                            "有村民看到，村集体的扶贫资金被用于村干部的吃喝招待和外出旅游。",
                            "{official}{name2}的儿子承包了村里的道路硬化工程，工程质量很差，路面已经开裂。",
                            "去年换届选举时，有人挨家挨户送米面油拉票，存在贿选行为。",
                            "村里的集体经济分红，普通村民每人只分到几百元，账目一直不清楚。",
                            "村干部把村里的机动地私自租给亲戚种植，收入没有入村集体账。",
                            "我们向镇纪委反映过，镇上来人查了一下，说没有问题，就不了了之了。",
                            "有村民反映问题后，村干部对其打击报复，停发了其家庭的惠农补贴。",
                            "村上的专项资金项目都是村干部自己说了算，群众没有任何知情权。",
                            "村委会的公章由{official}一人掌管，很多合同群众根本不知道。"},
                    new String[]{"请求对村集体账目进行审计，查清资金去向。", "请求依法查处村干部挪用、侵占集体资金的违法行为。",
                            "请求督促村委会落实村务公开制度。"}),
            new Category("非法集资", "非法集资", new String[]{
                    "反映{company}非法集资问题", "{count}名群众反映投资理财款无法兑付", "关于{company}以高息为诱饵吸收资金的反映"},
                    new String[]{
                            "{year}年开始，{company}在{township}设立门店，以投资养老项目为名向群众吸收资金。",
                            "公司业务员承诺年化收益百分之十五，每月返利，到期保本付息。",
                            "我先后投资了{amount}万元，都是我和老伴一辈子的积蓄。",
                            "公司经常组织老年人参加旅游和讲座，免费发放鸡蛋和保健品，诱导大家投资。",
                            "去年{month}月以来，公司开始拖延支付利息，后来连本金也不给了。",
                            "今年{month}月，公司门店突然关门，负责人{name2}已经联系不上。",
                            "据了解，仅我们{village}就有{count}多人投了钱，涉及金额上千万元。",
                            "我们到派出所报案，派出所说属于经济纠纷，让我们去法院起诉。",
                            "公司还让投资人发展下线，介绍别人投资可以拿到提成，很多人都是亲戚朋友介绍进来的。",
                            "公司的营业执照经营范围只有咨询服务，根本没有吸收存款的资质。",
                            "有些老人因为钱要不回来整天以泪洗面，身体也垮了。",
                            "我们怀疑公司负责人已经转移了资产，请求尽快查封冻结。"},
                    new String[]{"请求公安机关立案侦查，追缴集资款。", "请求检察机关依法监督立案，追回我们的血汗钱。",
                            "请求尽快查封公司资产，防止资产被转移。"}),
            new Category("环境污染", "环境污染", new String[]{
                    "反映{company}排污扰民问题", "{village}群众反映采砂破坏河道", "关于{township}养殖场污染环境的反映"},
                    new String[]{
                            "{company}的工厂距离{village}居民区不到三百米，每天晚上偷偷排放废气，气味刺鼻。",
                            "村里很多老人和小孩出现咳嗽、头晕的症状，群众意见很大。",
                            "工厂的废水直接排进村边的水渠，下游{area}亩农田无法灌溉，庄稼大面积减产。",
                            "{year}年以来，有人在黄河河道内非法采砂，大型机械昼夜作业，噪音很大。",
                            "采砂导致河岸塌方，河道改道，威胁到沿河群众的耕地和房屋安全。",
                            "村里的养殖场粪污随意堆放，夏天臭气熏天，苍蝇成群。",
                            "我们多次拨打环保热线投诉，环保部门来检查时工厂就停产，检查人员一走又开始生产。",
                            "工厂的扬尘和粉尘把周围的果树都染成了灰色，果子卖不出去。",
                            "我们村的饮用水井水质变差，水有异味，群众只能买水喝。",
                            "有群众怀疑当地有人充当保护伞，否则工厂不可能长期违法生产。",
                            "垃圾填埋场渗滤液外溢，污染了周边的地下水。",
                            "砂石料场的运输车辆超载，把村道压得坑坑洼洼，扬尘污染严重。"},
                    new String[]{"请求环保部门依法查处违法排污行为。", "请求检察机关提起公益诉讼，督促有关部门履行监管职责。",
                            "请求关停非法采砂点，恢复河道原貌。"}),
            new Category("涉法涉诉", "法院判决执行", new String[]{
                    "反映{name}申请执行案件久拖不决", "关于法院判决生效后长期得不到执行的反映", "{name}对案件处理不服的申诉"},
                    new String[]{
                            "{year}年{month}月，我与{name2}因民间借贷纠纷诉至法院，法院判决对方偿还借款{amount}万元。",
                            "判决生效后，对方一直拒不履行，我于当年向法院申请强制执行。",
                            "执行法官说对方名下没有可供执行的财产，裁定终结本次执行程序。",
                            "但据我了解，对方开着两个门店，还在城里买了房子，明显是转移了财产。",
                            "我多次到法院询问执行进展，执行法官总是推说案件太多，让我回去等。",
                            "我已经{age}岁了，这笔钱是我的养老钱，几年来一分钱都没有执行回来。",
                            "我认为法院在执行过程中存在消极执行、怠于执行的问题。",
                            "对方还通过虚假诉讼的方式，与亲戚串通制造债务，企图逃避执行。",
                            "派出所在处理我的案件时，没有依法立案，也没有出具不予立案的书面决定。",
                            "我对一审判决不服，提起上诉后二审维持原判，我认为认定事实错误。",
                            "我申请再审被驳回，现向检察机关申请监督。",
                            "案件拖了这么多年，我为了打官司花光了积蓄，身心俱疲。"},
                    new String[]{"请求检察机关对执行活动进行法律监督。", "请求依法对该案提出抗诉。",
                            "请求督促法院依法执行，追究拒不执行判决人员的责任。"}),
    };

    private final Random random;

    public SyntheticPetitions(long seed) {
        this.random = new Random(seed);
    }

    public static List<String> categories() {
        List<String> names = new ArrayList<>();
        for (Category c : CATEGORIES) {
            names.add(c.name());
        }
        return names;
    }

    public Text next() {
        return next(CATEGORIES[random.nextInt(CATEGORIES.length)].name());
    }

    public Text next(String categoryName) {
        Category category = null;
        for (Category c : CATEGORIES) {
            if (c.name().equals(categoryName)) {
                category = c;
            }
        }
        if (category == null) {
            throw new IllegalArgumentException(categoryName);
        }
        Slots slots = new Slots(category.topic());
        boolean[] phrasing = new boolean[PHRASINGS.length];
        for (int i = 0; i < phrasing.length; i++) {
            phrasing[i] = random.nextBoolean();
        }
        String title = slots.fill(pick(category.titles()));
        StringBuilder content = new StringBuilder(slots.fill(pick(OPENINGS)));
        List<String> facts = new ArrayList<>(List.of(category.facts()));
        Collections.shuffle(facts, random);
        int factCount = 5 + random.nextInt(5);
        for (int i = 0; i < factCount; i++) {
            content.append(slots.fill(facts.get(i)));
        }
        List<String> history = new ArrayList<>(List.of(HISTORY));
        Collections.shuffle(history, random);
        int historyCount = 1 + random.nextInt(3);
        for (int i = 0; i < historyCount; i++) {
            content.append(slots.fill(history.get(i)));
        }
        content.append(slots.fill(pick(category.demands())));
        content.append(slots.fill(pick(CLOSINGS)));
        if (random.nextBoolean()) {
            content.append(slots.fill(pick(CLOSINGS)));
        }
        String text = content.toString();
        for (int i = 0; i < PHRASINGS.length; i++) {
            if (phrasing[i]) {
                text = text.replace(PHRASINGS[i][0], PHRASINGS[i][1]);
            }
        }
        return new Text(category.name(), title, text);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private final class Slots {
        private final String topic;
        private final String name = person();
        private final String name2 = person();
        private final String[] place = PLACES[random.nextInt(PLACES.length)];
        private final String company = "兰州" + pick(FIRMS) + pick(TRADES) + "有限公司";
        private final String official = pick(OFFICIALS);
        private final int year = 2018 + random.nextInt(6);

        Slots(String topic) {
            this.topic = topic;
        }

        String fill(String template) {
            return template.replace("{name}", name).replace("{name2}", name2).replace("{district}", place[0])
                    .replace("{township}", place[1]).replace("{village}", place[2]).replace("{company}", company)
                    .replace("{official}", official).replace("{topic}", topic)
                    .replace("{year}", String.valueOf(year))
                    .replace("{month}", String.valueOf(1 + random.nextInt(12)))
                    .replace("{amount}", String.valueOf(2 + random.nextInt(80)))
                    .replace("{count}", String.valueOf(3 + random.nextInt(40)))
                    .replace("{area}", String.valueOf(30 + random.nextInt(300)))
                    .replace("{price}", String.valueOf(1 + random.nextInt(5)) + random.nextInt(10) + "00")
                    .replace("{age}", String.valueOf(35 + random.nextInt(45)))
                    .replace("{phone}", "13" + (100000000 + random.nextInt(899999999)));
        }

        private String person() {
            return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        }
    }
}
