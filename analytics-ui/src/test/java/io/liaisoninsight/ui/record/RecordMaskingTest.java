package io.liaisoninsight.ui.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.ui.security.RecordMasking;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordMaskingTest {

    @Test
    void structuredNumbersAndNumbersInTextAreMasked() throws Exception {
        ObjectNode record = (ObjectNode) new ObjectMapper().readTree("""
                {"id": "P-1", "title": "电话13812341234反映问题", "content": "身份证62010219800101123X",
                 "complainants": [
                   {"name": "张某某", "idNumber": "62010219800101123X", "phone": "13812341234",
                    "address": "城关区某小区，电话0931-8123456"},
                   {"name": "李某", "phone": "0931-8123456"}],
                 "riskSignals": [{"code": "COLLECTIVE", "evidence": ["联系人13912345678"]}]}""");

        String masked = RecordMasking.mask(record).toString();

        assertThat(masked).doesNotContain("62010219800101123X", "13812341234", "8123456", "13912345678")
                .contains("620102********123X", "138****1234", "0931-****456", "139****5678", "张某某", "P-1");
    }
}
