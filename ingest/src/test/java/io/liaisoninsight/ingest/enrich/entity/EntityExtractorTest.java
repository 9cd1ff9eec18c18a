package io.liaisoninsight.ingest.enrich.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.liaisoninsight.ingest.enrich.Enrichment.Entities;
import io.liaisoninsight.ingest.enrich.StandardEnrichment;
import io.liaisoninsight.ingest.enrich.text.AnalysedText;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class EntityExtractorTest {

    private final EntityExtractor extractor = StandardEnrichment.ENTITIES;

    private Entities extract(String text, String... complainants) {
        AnalysedText analysed = StandardEnrichment.SEGMENTER.analyse(null, text);
        return extractor.extract(analysed, List.of(complainants));
    }

    @Test
    void findsPeoplePlacesAndOrganisationsOfAPetition() {
        Entities entities = extract("榆中县和平镇袁家营村村民张建国反映，村支书王永福挪用拆迁补偿款，"
                + "施工方甘肃宏达建筑工程有限公司拖欠工程款，他们已向榆中县人民检察院反映。");
        assertThat(entities.people()).containsExactly("张建国", "王永福");
        assertThat(entities.places()).containsExactly("榆中县", "和平镇", "袁家营村");
        assertThat(entities.organizations()).containsExactly("甘肃宏达建筑工程有限公司", "榆中县人民检察院");
    }

    @Test
    void complainantsOfTheRecordArePeopleEvenWhereTheTextDoesNotNameThem() {
        assertThat(extract("反映供暖不达标问题。", "李秀英", " ").people()).containsExactly("李秀英");
    }

    @Test
    void anonymisedPeopleAndTitlesAreNoNames() {
        assertThat(extract("王某在小区门口拉横幅，被执行人张某某至今未履行，王书记说会处理。").people()).isEmpty();
    }

    @Test
    void genericReferencesAreNoPlacesOrOrganisations() {
        Entities entities = extract("本村和邻村的群众都说，当地政府和物业公司不管，我们只好向人民法院起诉，农村的事没人管。");
        assertThat(entities.places()).isEmpty();
        assertThat(entities.organizations()).isEmpty();
    }

    @Test
    void unknownVillagesCommunitiesAndEstatesAreFoundBySuffix() {
        assertThat(extract("我住在新营镇马家沟村，女儿住在城关区南昌路社区的金色阳光小区。").places())
                .containsExactly("新营镇", "马家沟村", "城关区", "南昌路社区", "金色阳光小区");
    }

    @Test
    void sitesComplaintsAreAboutAreOrganisationsWhenNamedButAFamilysFarmIsNot() {
        assertThat(extract("广武门汇鑫混凝土搅拌站夜间施工，罐车进出，噪音扰民。").organizations())
                .containsExactly("广武门汇鑫混凝土搅拌站");
        assertThat(extract("附近的搅拌站粉尘很大，李宝山家养殖场也有臭味。").organizations()).isEmpty();
    }

    /** A sentence and its hand-labelled entities; names nested in a longer name do not count. */
    record Labelled(String text, Set<String> people, Set<String> places, Set<String> organizations) {
        static Labelled of(String text, String people, String places, String organizations) {
            return new Labelled(text, split(people), split(places), split(organizations));
        }

        private static Set<String> split(String names) {
            return names.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(names.split(",")));
        }
    }

    static final List<Labelled> LABELLED = List.of(
            Labelled.of("榆中县和平镇袁家营村村民张建国反映，村支书王永福挪用拆迁补偿款。", "张建国,王永福", "榆中县,和平镇,袁家营村", ""),
            Labelled.of("兰州天宇房地产开发有限公司拖欠农民工工资41万元，包工头马德明已失联。", "马德明", "", "兰州天宇房地产开发有限公司"),
            Labelled.of("城关区雁北街道锦绣家园小区业主反映物业公司乱收停车费。", "", "城关区,雁北街道,锦绣家园小区", ""),
            Labelled.of("七里河区人社局劳动监察大队受理了李秀兰等12名工人的投诉。", "李秀兰", "", "七里河区人社局劳动监察大队"),
            Labelled.of("皋兰县什川镇上车村的梨园被甘肃宏达建筑工程有限公司占用。", "", "皋兰县,什川镇,上车村", "甘肃宏达建筑工程有限公司"),
            Labelled.of("信访人赵秀英称，镇民政办工作人员说她家不符合低保条件。", "赵秀英", "", ""),
            Labelled.of("西固区新城镇青石村村民反映兰州金城化工厂夜间偷排废水。", "", "西固区,新城镇,青石村", "兰州金城化工厂"),
            Labelled.of("安宁区刘家堡街道的居民向安宁区人民法院提起诉讼。", "", "安宁区,刘家堡街道", "安宁区人民法院"),
            Labelled.of("永登县红城镇玉山村的孙德明老人说，他的养老金已经停发半年。", "孙德明", "永登县,红城镇,玉山村", ""),
            Labelled.of("据网友爆料，红古区海石湾镇一家砖厂粉尘污染严重，当地政府不闻不问。", "", "红古区,海石湾镇", ""),
            Labelled.of("律师刘明辉代理了该案，榆中县人民检察院已依法受理监督申请。", "刘明辉", "", "榆中县人民检察院"),
            Labelled.of("兰州鑫源置业有限公司开发的金沙苑小区至今未办理房产证。", "", "金沙苑小区", "兰州鑫源置业有限公司"),
            Labelled.of("彭家坪镇政府组织召开协调会，陈建华、周玉梅等业主代表参加。", "陈建华,周玉梅", "", "彭家坪镇政府"),
            Labelled.of("城关区拱星墩街道焦家湾社区书记马兰英介绍，社区已为困难群众申请临时救助。", "马兰英",
                    "城关区,拱星墩街道,焦家湾社区", ""),
            Labelled.of("中国农业银行榆中支行拒绝为农民工办理工资卡。", "", "", "中国农业银行榆中支行"),
            Labelled.of("王某在小区门口拉横幅，派出所民警到场处置。", "", "", ""),
            Labelled.of("我叫黄国庆，家住西固区河口镇河口村，反映河道非法采砂问题。", "黄国庆", "西固区,河口镇,河口村", ""),
            Labelled.of("兰州市城关区人民法院判决后，被执行人张某某至今未履行。", "", "", "兰州市城关区人民法院"),
            Labelled.of("定远镇定远村的李宝山家养殖场被强拆，镇长罗振华说是上级要求的。", "李宝山,罗振华", "定远镇,定远村", ""),
            Labelled.of("甘肃省兰州市榆中县金崖镇的果农反映，收购商刘志强拖欠货款二十多万元。", "刘志强", "甘肃省,兰州市,榆中县,金崖镇", ""));

    /**
     * Sentences written after the rules were tuned on {@link #LABELLED} and not used for tuning: the
     * figures on these are the honest estimate.
     */
    static final List<Labelled> HELD_OUT = List.of(
            Labelled.of("来访人周桂芳反映，她在城关区嘉峪关路街道的兰州百合超市打工三个月，老板拖欠工资。", "周桂芳",
                    "城关区,嘉峪关路街道", "兰州百合超市"),
            Labelled.of("皋兰县水阜镇的二十多户村民联名反映，村里的自来水管道破裂半年无人维修。", "", "皋兰县,水阜镇", ""),
            Labelled.of("七里河区西果园镇袁家湾村的养殖户许文华称，兰州正大饲料有限公司的饲料有质量问题。", "许文华",
                    "七里河区,西果园镇,袁家湾村", "兰州正大饲料有限公司"),
            Labelled.of("网帖称，安宁区某小区物业经理殴打业主，安宁区公安分局已介入调查。", "", "安宁区", "安宁区公安分局"),
            Labelled.of("榆中县夏官营镇中心小学的家长反映校车超载，县教育局答复正在整改。", "", "",
                    "榆中县夏官营镇中心小学,县教育局"),
            Labelled.of("村民韩玉兰的丈夫在兰州宏泰矿业有限公司井下受伤，公司拒绝认定工伤。", "韩玉兰", "", "兰州宏泰矿业有限公司"),
            Labelled.of("红古区花庄镇的果园被临近的兰州天成水泥厂粉尘覆盖，果农要求赔偿。", "", "红古区,花庄镇", "兰州天成水泥厂"),
            Labelled.of("联系人：马国强，电话13909311234，住西固区陈坪街道。", "马国强", "西固区,陈坪街道", ""),
            Labelled.of("兰州银行城关支行工作人员称，贷款需要担保人签字。", "", "", "兰州银行城关支行"),
            Labelled.of("永登县苦水镇的玫瑰种植合作社拖欠社员分红，理事长杨建军避而不见。", "杨建军", "永登县,苦水镇", ""),
            Labelled.of("信访人丁秀珍的儿子在广州打工，她一个人住在什川镇南庄村。", "丁秀珍", "广州,什川镇,南庄村", ""),
            Labelled.of("甘肃省人民检察院第一检察部对该案进行了审查。", "", "", "甘肃省人民检察院"));

    /**
     * Precision and recall of these rules and of HanLP's statistical recognisers (Viterbi segmentation
     * with person, place and organisation recognition) on the labelled sentences, and their speed.
     */
    @Test
    void printsPrecisionRecallAndSpeedAgainstHanLpRecognition() {
        Segment hanlp = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        Score ours = score(LABELLED, text -> extract(text));
        Score theirs = score(LABELLED, text -> hanlpEntities(hanlp, text));
        Score oursHeldOut = score(HELD_OUT, text -> extract(text));
        Score theirsHeldOut = score(HELD_OUT, text -> hanlpEntities(hanlp, text));
        System.out.println("entities, precision / recall on " + LABELLED.size() + " labelled sentences (used to tune the rules):");
        System.out.println("  rules + gazetteer : " + ours);
        System.out.println("  HanLP recognisers : " + theirs);
        System.out.println("entities, precision / recall on " + HELD_OUT.size() + " held-out sentences:");
        System.out.println("  rules + gazetteer : " + oursHeldOut);
        System.out.println("  HanLP recognisers : " + theirsHeldOut);
        System.out.printf("  speed: rules (with segmentation) %.1f MB/s, HanLP recognisers %.1f MB/s per CPU-second%n",
                speed(this::extract), speed(text -> hanlpEntities(hanlp, text)));

        assertThat(ours.precision(Kind.PEOPLE)).isGreaterThanOrEqualTo(0.9);
        assertThat(ours.recall(Kind.PEOPLE)).isGreaterThanOrEqualTo(0.8);
        assertThat(ours.precision(Kind.PLACES)).isGreaterThanOrEqualTo(0.9);
        assertThat(ours.recall(Kind.PLACES)).isGreaterThanOrEqualTo(0.9);
        assertThat(ours.precision(Kind.ORGANIZATIONS)).isGreaterThanOrEqualTo(0.8);
        assertThat(ours.recall(Kind.ORGANIZATIONS)).isGreaterThanOrEqualTo(0.7);
    }

    private static Entities hanlpEntities(Segment segment, String text) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        for (Term term : segment.seg(text)) {
            String tag = term.nature.toString();
            if (tag.startsWith("nr")) {
                people.add(term.word);
            } else if (tag.startsWith("ns")) {
                places.add(term.word);
            } else if (tag.startsWith("nt")) {
                organizations.add(term.word);
            }
        }
        return new Entities(List.copyOf(people), List.copyOf(places), List.copyOf(organizations));
    }

    enum Kind { PEOPLE, PLACES, ORGANIZATIONS }

    private static Score score(List<Labelled> sentences, Function<String, Entities> recogniser) {
        Score score = new Score();
        for (Labelled sentence : sentences) {
            Entities found = recogniser.apply(sentence.text());
            score.add(Kind.PEOPLE, found.people(), sentence.people());
            score.add(Kind.PLACES, found.places(), sentence.places());
            score.add(Kind.ORGANIZATIONS, found.organizations(), sentence.organizations());
        }
        return score;
    }

    private static double speed(Function<String, Entities> recogniser) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            LABELLED.forEach(sentence -> texts.add(sentence.text()));
        }
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        texts.forEach(recogniser::apply); // warm-up
        long start = threads.getCurrentThreadCpuTime();
        texts.forEach(recogniser::apply);
        return bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    }

    static final class Score {
        private final int[] truePositives = new int[Kind.values().length];
        private final int[] found = new int[Kind.values().length];
        private final int[] expected = new int[Kind.values().length];

        void add(Kind kind, List<String> result, Set<String> gold) {
            Set<String> distinct = new LinkedHashSet<>(result);
            found[kind.ordinal()] += distinct.size();
            expected[kind.ordinal()] += gold.size();
            distinct.retainAll(gold);
            truePositives[kind.ordinal()] += distinct.size();
        }

        double precision(Kind kind) {
            return found[kind.ordinal()] == 0 ? 1 : (double) truePositives[kind.ordinal()] / found[kind.ordinal()];
        }

        double recall(Kind kind) {
            return expected[kind.ordinal()] == 0 ? 1 : (double) truePositives[kind.ordinal()] / expected[kind.ordinal()];
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (Kind kind : Kind.values()) {
                out.append(String.format("%s %.2f / %.2f  ", kind.name().toLowerCase(), precision(kind), recall(kind)));
            }
            return out.toString().strip();
        }
    }
}
