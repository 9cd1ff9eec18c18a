package io.liaisoninsight.ingest.enrich.duplicate;

import io.liaisoninsight.ingest.enrich.Enrichment.Fingerprint;
import io.liaisoninsight.ingest.enrich.SyntheticPetitions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.liaisoninsight.ingest.enrich.duplicate.NearDuplicateFingerprinter.DUPLICATE_THRESHOLD;
import static io.liaisoninsight.ingest.enrich.duplicate.NearDuplicateFingerprinter.similarity;
import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicateFingerprinterTest {

    private final NearDuplicateFingerprinter fingerprinter = new NearDuplicateFingerprinter();

    // A demolition complaint (拆迁), ~540 chars, and a different one of the same category.
    private static final String DEMOLITION = "尊敬的领导：我叫王桂兰，是榆中县和平镇袁家营村村民，现就拆迁补偿款问题向贵院反映。"
            + "2021年3月，镇上启动袁家营村棚户区改造项目，我家两间砖混房屋和院子共186平方米被列入拆迁范围。"
            + "当时拆迁办工作人员承诺按每平方米2300元补偿，并在一年内交付安置房。"
            + "我们按要求签了协议、腾了房子，可补偿款只发了12万元，剩下的30多万元至今没有兑现。"
            + "村支书说钱已经拨到村上，但村里一直不给发，账目也不公开。"
            + "我今年67岁，老伴常年有病，一家人在外租房，过渡费从去年起就停发了，日子过得很艰难。"
            + "我多次到镇政府和区信访局反映，都说正在协调，两年过去了没有任何结果。"
            + "同村被拆迁的还有十几户，大家的情况都差不多，有的人家补偿款发了一半，有的一分没拿到，"
            + "可村里有几户和村干部沾亲带故的人家，不但补偿款早就全额到手，还多分了一套安置房。"
            + "安置小区原定去年年底交房，现在工地已经停工半年多，塔吊都拆走了，开发商说是资金链断了。"
            + "我们担心房子交不了，补偿款也要不回来，老两口连个落脚的地方都没有。"
            + "去年冬天我们租住的房子没有暖气，老伴的病又重了，住了两次院，看病的钱都是向亲戚借的。"
            + "恳请检察机关依法监督，查清补偿款的去向，督促有关部门足额发放，维护我们的合法权益。";
    private static final String DEMOLITION_OTHER = "尊敬的领导：我叫李宝山，是榆中县定远镇定远村村民，现就拆迁补偿问题向贵院反映。"
            + "我家的养殖场在2022年被划入高速公路连接线征地范围，场内有猪舍四栋、饲料库一间。"
            + "评估公司只按临时建筑给了评估价，猪舍里的设备和存栏的一百多头猪一分钱没算。"
            + "我拿出当年办的设施农用地备案手续，对方说手续不全，不予认定。"
            + "今年5月，施工队在没有签协议的情况下用挖掘机推倒了猪舍，死了二十多头猪。"
            + "我找镇上，镇上让我找指挥部；找指挥部，指挥部又让我找评估公司，来回推诿。"
            + "恳请检察机关依法监督，督促有关部门重新评估，依法给予补偿，维护我的合法权益。";

    // Wage arrears (欠薪), ~250 chars.
    private static final String WAGES = "反映兰州宏达建筑工程有限公司拖欠农民工工资问题。"
            + "我们是来自临夏和定西的28名农民工，2023年4月到11月在七里河区彭家坪镇的安置小区项目干活，"
            + "包工头马永福按天记工，说好完工后统一结算。工程完工后，包工头说开发商拖欠工程款，拒不支付我们的工资共计41万元。"
            + "我们到公司讨要，公司说钱已经付给包工头了；现在包工头电话关机，人也找不到。"
            + "我们去区人社局投诉，登记后一直没有下文。请求依法处理，督促公司支付我们的血汗钱。";
    private static final String WAGES_OTHER = "反映兰州金城劳务有限公司拖欠工资问题。"
            + "我在西固区新城镇的物流园工地开了一年塔吊，公司每月只发生活费八百元，说年底一次结清。"
            + "年底公司以甲方没有验收为由拖着不结，拖欠我和另外两名司机工资共计9万余元。"
            + "公司没有和我们签劳动合同，也没有交社保，我们申请劳动仲裁后公司仍不履行。"
            + "请求依法处理，督促公司支付拖欠的工资。";

    // Heating (供暖), ~160 chars.
    private static final String HEATING = "关于锦绣家园小区供暖不达标的反映。我们是城关区雁北街道锦绣家园小区的业主，"
            + "今年入冬以来室内温度只有十二三度，家里老人孩子冻得感冒。我们多次给供热公司打电话，"
            + "对方说管网老化，维修要等明年。物业公司也说不归他们管。供热费我们一分没少交，"
            + "请求有关部门依法处理，督促供热公司尽快维修管网，保证供暖温度达标，并退还部分供热费。";
    private static final String HEATING_OTHER = "关于金沙苑小区至今没有通暖气的反映。我们小区是去年交的房，开发商承诺接入集中供暖，"
            + "可是今年十一月供暖季开始后暖气管里一直是凉的。开发商说配套费还没交给热力公司，"
            + "热力公司说没有手续不能给开阀。我们只能用电暖器取暖，电费一个月好几百，有的人家只好搬回老房子住。"
            + "请求有关部门依法处理，督促开发商和热力公司尽快解决供暖问题。";

    // Minimum living allowance (低保), ~170 chars.
    private static final String ALLOWANCE = "我叫赵秀英，住皋兰县什川镇上车村，丈夫前年因病去世，儿子二级残疾，家里没有收入，看病全靠借钱。"
            + "去年我向村委会申请低保，村里评议时说名额有限没评上，可村上开商店、买了小车的人家却吃着低保。"
            + "我去镇民政办问了三次，都让我回去等通知。村里的低保名单从来不张榜公示，谁吃低保大家都不知道。"
            + "反映低保评定不公问题，请求依法处理，重新评定我家的低保资格。";
    private static final String ALLOWANCE_OTHER = "我叫孙德明，住永登县红城镇玉山村，今年七十三岁，是低保户。"
            + "今年六月起我的低保金突然停了，镇上说是大数据比对发现我儿子名下有一辆车。"
            + "那辆车是儿子跑运输贷款买的，他早已分家另过，也不管我的生活。我一个人住在老房子里，"
            + "腿脚不好，种不了地，每个月就靠这几百元低保过日子。我把分家协议和村里的证明都交上去了，镇上说要等复核。"
            + "反映低保被停发问题，请求依法处理，恢复我的低保。";

    private static final List<String> BASES = List.of(DEMOLITION, WAGES, HEATING, ALLOWANCE);
    private static final List<String> OTHERS = List.of(DEMOLITION_OTHER, WAGES_OTHER, HEATING_OTHER, ALLOWANCE_OTHER);

    @Test
    void theSameComplaintSentAgainIsADuplicate() {
        Random random = new Random(1);
        for (String base : BASES) {
            for (Resend resend : Resend.values()) {
                String again = resend.apply(base, random);
                assertThat(again).isNotEqualTo(base);
                Fingerprint a = fingerprinter.fingerprint(null, base);
                Fingerprint b = fingerprinter.fingerprint(null, again);
                double similarity = similarity(a.signature(), b.signature());
                assertThat(sharesBand(a, b)).as(resend + " shares a band").isTrue();
                if (resend == Resend.ALL_OF_THESE) {
                    // Every change at once on a short text can fall below the threshold; it stays a candidate.
                    assertThat(similarity).as(resend + " of " + base.substring(0, 12)).isGreaterThanOrEqualTo(0.6);
                } else {
                    // One kind of change keeps a copy close; the threshold (0.8) is set for precision on
                    // template-heavy text, so a few short copies fall just under it (recall below).
                    assertThat(similarity).as(resend + " of " + base.substring(0, 12)).isGreaterThanOrEqualTo(0.7);
                }
            }
        }
    }

    @Test
    void differentComplaintsOfOneCategoryAreNotDuplicates() {
        for (int i = 0; i < BASES.size(); i++) {
            Fingerprint a = fingerprinter.fingerprint(null, BASES.get(i));
            Fingerprint b = fingerprinter.fingerprint(null, OTHERS.get(i));
            assertThat(similarity(a.signature(), b.signature())).as(OTHERS.get(i).substring(0, 12))
                    .isLessThan(DUPLICATE_THRESHOLD);
        }
    }

    @Test
    void titleCountsAndPunctuationWhitespaceAndWidthDoNot() {
        Fingerprint plain = fingerprinter.fingerprint("供暖不达标", HEATING);
        Fingerprint reformatted = fingerprinter.fingerprint("供暖 不达标！", HEATING.replace("，", "\n").replace("。", ". ")
                .replace("十二三度", "十二三度 ").replace("锦绣家园", "锦绣 家园"));
        assertThat(reformatted).isEqualTo(plain);
        assertThat(fingerprinter.fingerprint("ＡＢＣ公司欠薪１２万", "")).isEqualTo(fingerprinter.fingerprint("abc公司欠薪12万", ""));
    }

    @Test
    void fingerprintIsDeterministicAndShaped() {
        Fingerprint first = fingerprinter.fingerprint("拆迁补偿", DEMOLITION);
        Fingerprint again = new NearDuplicateFingerprinter().fingerprint("拆迁补偿", DEMOLITION);
        assertThat(again).isEqualTo(first);
        assertThat(first.signature()).hasSize(NearDuplicateFingerprinter.HASHES);
        assertThat(first.bands()).hasSize(NearDuplicateFingerprinter.BANDS).doesNotHaveDuplicates()
                .allSatisfy(band -> assertThat(band).hasSizeLessThanOrEqualTo(12).matches("[0-9a-v][0-9a-z]+"));
        assertThat(similarity(first.signature(), first.signature())).isEqualTo(1.0);
    }

    @Test
    void signatureTakesFourShinglesPerPassWithTheSameMinimaAsOneByOne() {
        Random random = new Random(11);
        for (int length = 0; length <= 40; length++) {
            long[] shingles = random.longs(length).toArray();
            assertThat(NearDuplicateFingerprinter.signature(shingles))
                    .isEqualTo(signatureOneByOne(shingles));
        }
        long[] text = Shingles.hashes(Shingles.normalisedChars("拆迁补偿", DEMOLITION), NearDuplicateFingerprinter.SHINGLE_LENGTH);
        assertThat(fingerprinter.fingerprint("拆迁补偿", DEMOLITION).signature())
                .isEqualTo(signatureOneByOne(text));
    }

    private static int[] signatureOneByOne(long[] shingles) {
        int[] signature = new int[NearDuplicateFingerprinter.HASHES];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            NearDuplicateFingerprinter.addShingle(signature, shingle);
        }
        return signature;
    }

    @Test
    void textsWithoutLettersHaveAnEmptyFingerprint() {
        Fingerprint empty = fingerprinter.fingerprint("", "。。！ ？");
        assertThat(empty.signature()).isEmpty();
        assertThat(empty.bands()).isEmpty();
        assertThat(similarity(empty.signature(), empty.signature())).isZero();
        assertThat(fingerprinter.fingerprint(null, "拆迁").signature()).hasSize(NearDuplicateFingerprinter.HASHES);
    }

    /**
     * Precision and recall on a synthetic set: 2,000 re-sent copies (each kind of change, and all at
     * once) against 2,000 pairs of different complaints of one category and template family.
     */
    @Test
    void printsPrecisionAndRecallOnASyntheticSet() {
        SyntheticPetitions generator = new SyntheticPetitions(42);
        Random random = new Random(42);
        List<String> categories = SyntheticPetitions.categories();
        int pairs = 2_000;
        double[] duplicates = new double[pairs];
        double[] distinct = new double[pairs];
        int duplicatesSharingBand = 0;
        int distinctSharingBand = 0;
        for (int i = 0; i < pairs; i++) {
            String category = categories.get(i % categories.size());
            String a = generator.next(category).joined();
            String b = generator.next(category).joined();
            String resent = Resend.values()[i % Resend.values().length].apply(a, random);
            Fingerprint fa = fingerprinter.fingerprint(null, a);
            Fingerprint fb = fingerprinter.fingerprint(null, b);
            Fingerprint fr = fingerprinter.fingerprint(null, resent);
            duplicates[i] = similarity(fa.signature(), fr.signature());
            distinct[i] = similarity(fa.signature(), fb.signature());
            duplicatesSharingBand += sharesBand(fa, fr) ? 1 : 0;
            distinctSharingBand += sharesBand(fa, fb) ? 1 : 0;
        }
        Arrays.sort(duplicates);
        Arrays.sort(distinct);
        System.out.printf("near-duplicates, %d re-sent and %d distinct same-category pairs:%n", pairs, pairs);
        System.out.printf("  estimated similarity of re-sent copies: min %.2f, 1%% %.2f, median %.2f%n",
                duplicates[0], duplicates[pairs / 100], duplicates[pairs / 2]);
        System.out.printf("  estimated similarity of distinct pairs: median %.2f, 99%% %.2f, max %.2f%n",
                distinct[pairs / 2], distinct[pairs - pairs / 100], distinct[pairs - 1]);
        System.out.printf("  band candidates: re-sent %.4f, distinct %.4f%n",
                (double) duplicatesSharingBand / pairs, (double) distinctSharingBand / pairs);
        for (double threshold : new double[]{0.5, 0.6, 0.7, DUPLICATE_THRESHOLD, 0.8}) {
            long truePositives = Arrays.stream(duplicates).filter(s -> s >= threshold).count();
            long falsePositives = Arrays.stream(distinct).filter(s -> s >= threshold).count();
            System.out.printf("  threshold %.2f: precision %.4f, recall %.4f%n", threshold,
                    truePositives / (double) Math.max(1, truePositives + falsePositives), truePositives / (double) pairs);
        }
        long found = Arrays.stream(duplicates).filter(s -> s >= DUPLICATE_THRESHOLD).count();
        long wrong = Arrays.stream(distinct).filter(s -> s >= DUPLICATE_THRESHOLD).count();
        assertThat(found).isGreaterThanOrEqualTo(pairs * 90L / 100);
        assertThat(wrong).isLessThanOrEqualTo(pairs / 100L);
    }

    private static boolean sharesBand(Fingerprint a, Fingerprint b) {
        return a.bands().stream().anyMatch(b.bands()::contains);
    }

    /**
     * How the same complaint arrives again: retyped, rearranged, reformatted, with a greeting or a
     * note that it is sent again; and all of the first four at once.
     */
    enum Resend {
        FEW_CHARACTERS_CHANGED {
            @Override
            String apply(String text, Random random) {
                char[] chars = text.toCharArray();
                String typos = "的地得了在再他她它是事几己已";
                for (int changed = 0; changed < 6; ) {
                    int at = random.nextInt(chars.length);
                    if (Character.isIdeographic(chars[at])) {
                        chars[at] = typos.charAt(random.nextInt(typos.length()));
                        changed++;
                    }
                }
                return new String(chars);
            }
        },
        SENTENCES_SWAPPED {
            @Override
            String apply(String text, Random random) {
                List<String> sentences = sentences(text);
                List<String> shuffled = new ArrayList<>(sentences);
                while (shuffled.equals(sentences)) {
                    Collections.shuffle(shuffled, random);
                }
                return String.join("", shuffled);
            }
        },
        PUNCTUATION_CHANGED {
            @Override
            String apply(String text, Random random) {
                return text.replace("，", ",").replace("。", "；").replace("：", ":  ");
            }
        },
        GREETING_ADDED {
            @Override
            String apply(String text, Random random) {
                return "尊敬的领导，您好！" + text + "此致敬礼！";
            }
        },
        NOTE_ADDED {
            @Override
            String apply(String text, Random random) {
                return "这件事我上个月已经反映过，至今没有答复，现再次反映。" + text;
            }
        },
        ALL_OF_THESE {
            @Override
            String apply(String text, Random random) {
                return GREETING_ADDED.apply(PUNCTUATION_CHANGED.apply(SENTENCES_SWAPPED.apply(
                        FEW_CHARACTERS_CHANGED.apply(text, random), random), random), random);
            }
        };

        abstract String apply(String text, Random random);

        static List<String> sentences(String text) {
            List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[。！？])")));
            sentences.removeIf(String::isBlank);
            return sentences;
        }
    }
}
