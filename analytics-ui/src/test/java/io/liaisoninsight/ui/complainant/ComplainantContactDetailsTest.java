package io.liaisoninsight.ui.complainant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which complainant entries of a petition are the person, and how repeated details are folded. */
class ComplainantContactDetailsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode petition(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void takesTheOnlyComplainantOrTheOnesWithTheIdentitysNames() throws Exception {
        List<ObjectNode> petitions = List.of(
                petition("{\"id\":\"P-1\",\"complainants\":[{\"name\":\"张三\",\"phone\":\"138****1234\"}]}"),
                petition("{\"id\":\"P-2\",\"complainants\":[{\"name\":\"张三\",\"phone\":\"138****1234\"},"
                        + "{\"name\":\"李四\",\"phone\":\"139****0000\"}]}"),
                petition("{\"id\":\"P-3\",\"complainants\":[{\"name\":\"张叁\",\"idNumber\":\"620102********123X\"}]}"));

        List<ComplainantProfile.Contact> contacts = ContactDetails.of(petitions, List.of("张三", "张叁"));

        assertThat(contacts).containsExactly(
                new ComplainantProfile.Contact("张三", null, "138****1234", null, List.of("P-1", "P-2")),
                new ComplainantProfile.Contact("张叁", "620102********123X", null, null, List.of("P-3")));
        assertThat(ContactDetails.namesSeen(petitions, List.of("张叁", "张三", "王五"))).containsExactly("张叁", "张三");
    }
}
