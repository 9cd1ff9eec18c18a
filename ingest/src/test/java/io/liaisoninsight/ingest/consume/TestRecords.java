package io.liaisoninsight.ingest.consume;

import io.liaisoninsight.ingest.normalise.IdNumbers;

/** Valid wire records of each source, as source systems publish them, for pipeline tests. */
final class TestRecords {
    private TestRecords() {
    }

    static String idNumber(String first17) {
        return first17 + IdNumbers.checkCharacter(first17);
    }

    static String petition(String id, String updatedAt, String status) {
        return petition(id, updatedAt, status, person("王建国", "62010219800101123", "13809311234"));
    }

    /** A petition by one person, received on 2026-11-01 in 城关区 皋兰路街道. */
    static String petitionBy(String id, String person) {
        return petition(id, "2026-11-02T10:00:00+08:00", "RECEIVED", person);
    }

    /** A complainant as JSON: the ID stem (17 digits) and phone may be null. */
    static String person(String name, String idStem, String phone) {
        return "{\"name\":\"" + name + "\""
                + (idStem == null ? "" : ",\"idNumber\":\"" + idNumber(idStem) + "\"")
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"") + "}";
    }

    static String petition(String id, String updatedAt, String status, String person) {
        return """
                {"id":"%s","updatedAt":"%s","channel":"PHONE_12309","receivedAt":"2026-11-01T09:30:00+08:00",\
                "complainants":[%s],"headcount":1,\
                "district":"城关区","township":"皋兰路街道","title":"反映拆迁补偿款被挪用",\
                "content":"群众反映拆迁补偿款被村干部挪用，至今未发放到户，请求依法处理。","category":"征地拆迁",\
                "status":"%s"}""".formatted(id, updatedAt, person, status);
    }

    static String visitNote(String id) {
        return """
                {"id":"%s","updatedAt":"2026-11-03T16:00:00+08:00","office":"夏官营镇检察室","officer":"李明",\
                "district":"榆中县","township":"夏官营镇","village":"红柳沟村","visitedAt":"2026-11-03T10:00:00+08:00",\
                "function":"COLLECT","urgency":"URGENT","title":"走访红柳沟村了解欠薪问题",\
                "content":"走访中群众反映某建筑公司拖欠农民工工资三十余万元，部分工人情绪激动。"}""".formatted(id);
    }

    static String mediaReport(String id) {
        return """
                {"id":"%s","updatedAt":"2026-11-04T12:00:00+08:00","url":"https://weibo.example/%s","outlet":"兰州生活圈",\
                "platform":"微博","publishedAt":"2026-11-04T08:00:00+08:00","title":"网友反映小区物业乱收费",\
                "content":"多名业主在网上反映小区物业公司违规收取停车费，引发关注。","district":"七里河区",\
                "reach":{"views":120000,"shares":800,"comments":300}}""".formatted(id, id);
    }
}
