package io.liaisoninsight.ui.visitnote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.Scope;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The record a submit builds and the contract check, on a fixed clock, without Kafka or Elasticsearch. */
class VisitNoteServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-03-10 10:00 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), SHANGHAI);
    private static final Scope.Township YZ = Scope.Township.parse("榆中县/城关镇");
    private static final CurrentUser OFFICER = new CurrentUser("officer-a", "赵联络员", Set.of(Role.LIAISON_OFFICER),
            Scope.of(List.of(), List.of(YZ)).onlyOwnOfficeNotes("A室"), false, "A室");

    private final VisitNoteService service = new VisitNoteService(null, null, CLOCK, new ObjectMapper());

    private static VisitNoteDraft draft(Scope.Township township, LocalDateTime at, String title, String content) {
        return new VisitNoteDraft(township, " 东村 ", at, VisitNoteDraft.Function.COLLECT,
                VisitNoteDraft.Urgency.URGENT, title, content);
    }

    @Test
    void officeOfficerAndPlaceComeFromTheAccount() {
        List<VisitNoteProblem> problems = new ArrayList<>();
        ObjectNode record = service.record(OFFICER, draft(null, LocalDateTime.of(2026, 3, 10, 9, 30), " 标题 ", "内容"),
                "vn-1", problems);

        assertThat(problems).isEmpty();
        assertThat(new VisitNoteContract().check(record)).isEmpty();
        assertThat(record.path("office").asText()).isEqualTo("A室");
        assertThat(record.path("officer").asText()).isEqualTo("赵联络员");
        assertThat(record.path("district").asText()).isEqualTo("榆中县");
        assertThat(record.path("township").asText()).isEqualTo("城关镇");
        assertThat(record.path("village").asText()).isEqualTo("东村");
        assertThat(record.path("visitedAt").asText()).isEqualTo("2026-03-10T09:30:00+08:00");
        assertThat(record.path("updatedAt").asText()).isEqualTo("2026-03-10T10:00:00+08:00");
        assertThat(record.path("function").asText()).isEqualTo("COLLECT");
        assertThat(record.path("urgency").asText()).isEqualTo("URGENT");
        assertThat(record.path("title").asText()).isEqualTo("标题");
    }

    @Test
    void aTownshipOutsideTheOfficersScopeIsRefusedNotWritten() {
        List<VisitNoteProblem> problems = new ArrayList<>();
        ObjectNode record = service.record(OFFICER, draft(Scope.Township.parse("永登县/城关镇"),
                LocalDateTime.of(2026, 3, 10, 9, 30), "标题", "内容"), "vn-2", problems);

        assertThat(problems).contains(new VisitNoteProblem("township", VisitNoteProblem.Kind.INVALID, 0));
        assertThat(record.has("district")).isFalse();
    }

    @Test
    void invalidInputGivesChineseMessagesNamingTheField() throws Exception {
        List<VisitNoteProblem> problems = new ArrayList<>();
        ObjectNode record = service.record(OFFICER, draft(null, LocalDateTime.of(2026, 3, 10, 10, 1), "  ",
                "字".repeat(20001)), "vn-3", problems);
        problems.addAll(new VisitNoteContract().check(record));

        Properties zh = new Properties();
        zh.load(new InputStreamReader(getClass().getClassLoader().getResourceAsStream("messages.properties"),
                StandardCharsets.UTF_8));
        List<String> messages = problems.stream().map(p -> p.message((key, args) ->
                new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE).format(args))).toList();
        assertThat(messages).containsExactlyInAnyOrder("走访时间：不能晚于当前时间", "标题：必填",
                "内容：不能超过 20000 个字符");
    }

    @Test
    void anOfficerWithoutOfficeGetsARequiredOffice() {
        CurrentUser noOffice = new CurrentUser("officer-x", null, Set.of(Role.LIAISON_OFFICER),
                Scope.of(List.of(), List.of(YZ)).onlyOwnOfficeNotes(null), false, null);
        ObjectNode record = service.record(noOffice, draft(null, LocalDateTime.of(2026, 3, 1, 9, 0), "标题", "内容"),
                "vn-4", new ArrayList<>());
        assertThat(new VisitNoteContract().check(record))
                .containsExactly(new VisitNoteProblem("office", VisitNoteProblem.Kind.REQUIRED, 0));
    }
}
