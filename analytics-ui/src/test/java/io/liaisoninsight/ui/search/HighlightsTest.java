package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.search.Highlights.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTest {

    @Test
    void fragmentsBecomeTextSegmentsAndNeverMarkup() {
        assertThat(Highlights.segments("群众<em>禹晓琳</em>反映&lt;script&gt;alert(1)&lt;&#x2F;script&gt;&amp;"))
                .containsExactly(new Segment("群众", false), new Segment("禹晓琳", true),
                        new Segment("反映<script>alert(1)</script>&", false));
    }

    @Test
    void adjacentMatchesMerge() {
        assertThat(Highlights.segments("<em>禹</em><em>晓</em><em>琳</em>说")).containsExactly(
                new Segment("禹晓琳", true), new Segment("说", false));
    }

    @Test
    void matchedTermsAreTheDistinctHighlightedWords() {
        assertThat(Highlights.matchedTerms(List.of("<em>拆迁</em>补偿", "又<em>征收</em>，<em>拆迁</em>")))
                .containsExactly("拆迁", "征收");
    }
}
