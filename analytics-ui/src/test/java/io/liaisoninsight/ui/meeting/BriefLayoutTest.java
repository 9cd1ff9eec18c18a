package io.liaisoninsight.ui.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PDF line breaking (by character for Chinese, words kept whole) and the ranking of urgent items. */
class BriefLayoutTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void chineseBreaksAnywhereNumbersStayWhole() {
        // Every character is 1 wide.
        assertThat(PdfLayout.wrap("拆迁补偿款迟迟未发放", 4, String::length)).containsExactly("拆迁补偿", "款迟迟未", "发放");
        assertThat(PdfLayout.wrap("张某 138****1234", 8, String::length)).containsExactly("张某", "138****1234".substring(0, 8),
                "234");
        assertThat(PdfLayout.wrap("张某 13812341234", 12, String::length)).containsExactly("张某", "13812341234");
        assertThat(PdfLayout.wrap("李某 P-XG-1", 20, String::length)).containsExactly("李某 P-XG-1");
        assertThat(PdfLayout.wrap("第一行\n第二行", 10, String::length)).containsExactly("第一行", "第二行");
        assertThat(PdfLayout.wrap(null, 10, String::length)).containsExactly("");
    }

    @Test
    void urgentItemsRankRedThenLongestOverdue() {
        Instant now = Instant.parse("2026-03-01T04:00:00Z");
        List<com.fasterxml.jackson.databind.JsonNode> records = List.of(
                petition("A", "ORANGE", "2026-02-01T00:00:00Z", "RECEIVED"),
                petition("B", "RED", null, "RECEIVED"),
                petition("C", null, "2026-02-20T00:00:00Z", "IN_PROGRESS"),
                petition("D", null, "2026-01-10T00:00:00Z", "IN_PROGRESS"),
                petition("B", "RED", null, "RECEIVED"),
                petition("E", null, "2026-01-01T00:00:00Z", "CLOSED"));
        List<Brief.UrgentItem> ranked = UrgentItems.rank(records, now, SHANGHAI, 4);
        assertThat(ranked).extracting(Brief.UrgentItem::id).containsExactly("B", "A", "D", "C");
        assertThat(ranked.get(2).overdueDays()).isEqualTo(50);
        assertThat(ranked.get(0).complainants()).containsExactly("张某 138****1234");
    }

    private static ObjectNode petition(String id, String risk, String dueAt, String status) {
        ObjectNode r = JSON.createObjectNode().put("id", id).put("receivedAt", "2026-01-01T01:00:00Z")
                .put("status", status).put("district", "城关区");
        if (risk != null) {
            r.put("riskLevel", risk);
        }
        if (dueAt != null) {
            r.put("substantiveReplyDueAt", dueAt);
        }
        r.putArray("complainants").addObject().put("name", "张某").put("phone", "138****1234");
        return r;
    }
}
