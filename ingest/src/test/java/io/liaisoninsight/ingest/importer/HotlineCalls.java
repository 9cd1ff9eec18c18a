package io.liaisoninsight.ingest.importer;

import io.liaisoninsight.ingest.normalise.IdNumbers;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 12309 hotline export as {@code importer/hotline-csv-example.yaml} reads it: two good calls, one with
 * an unknown status wording, one with a wrong ID check digit, one repeating an id, and a blank line.
 */
final class HotlineCalls {

    static final String VALID_ID = "62010219800101123" + IdNumbers.checkCharacter("62010219800101123");
    static final String WRONG_ID = "62010219800101123" + (IdNumbers.checkCharacter("62010219800101123") == '0' ? '1' : '0');
    static final String MAPPING = "classpath:importer/hotline-csv-example.yaml";

    static final String CSV = """
            工单编号,来电时间,来电人,来电号码,身份证号码,所在区县,所在街道,诉求类别,诉求内容,处理状态,承办部门
            2026-0001,2026/3/1 9:30,张三、李四,13893100001,%s,城关区,皋兰路街道,劳动社保,"某公司拖欠工资三个月，
            多次讨要无果",处理中,城关区人社局
            2026-0002,2026-03-02 10:00,王五,0931-8123456,,七里河区,,征地拆迁,拆迁补偿款未到位,已受理,七里河区住建局
            2026-0003,2026-03-03 11:00,赵六,13893100003,,西固区,,噪音扰民,夜间施工噪音,转交他处,西固区环保局
            2026-0004,2026-03-04 12:00,钱七,13893100004,%s,安宁区,,医疗纠纷,医院收费问题,已回复,安宁区卫健局

            2026-0001,2026-03-05 13:00,孙八,13893100005,,红古区,,其他,重复的编号,已受理,红古区
            """.formatted(VALID_ID, WRONG_ID);

    private HotlineCalls() {
    }

    static Path write(Path dir, String name, Charset charset) throws IOException {
        return Files.writeString(dir.resolve(name), CSV, charset);
    }
}
