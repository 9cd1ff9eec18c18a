package io.liaisoninsight.ingest.enrich;

import io.liaisoninsight.ingest.enrich.entity.EntityExtractor;
import io.liaisoninsight.ingest.enrich.entity.Gazetteer;
import io.liaisoninsight.ingest.enrich.terms.IssueLexicon;
import io.liaisoninsight.ingest.enrich.terms.KeyTermExtractor;
import io.liaisoninsight.ingest.enrich.text.AnalysedText;
import io.liaisoninsight.ingest.enrich.text.Segmenter;
import io.liaisoninsight.ingest.enrich.text.WordKind;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class ExploreScratchTest {
    @Test
    void explore() {
        IssueLexicon lexicon = IssueLexicon.standard();
        EntityExtractor ee = new EntityExtractor(Gazetteer.lanzhou());
        Map<String, WordKind> words = new LinkedHashMap<>(ee.segmentationWords());
        words.putAll(lexicon.segmentationWords());
        Segmenter seg = new Segmenter(words);
        KeyTermExtractor kt = new KeyTermExtractor(seg, lexicon);
        SyntheticPetitions gen = new SyntheticPetitions(7);
        List<String> samples = new java.util.ArrayList<>(List.of("群众反映拆迁补偿款被村干部挪用"));
        samples.add("尊敬的领导，我们发现同村其他人家的补偿标准比我们高，希望尽快调查处理。施工方甘肃宏达建筑工程有限公司拖欠工资，兰州西部置业有限公司和兰州祥和化工有限公司也有问题。我是榆中县和平镇袁家营村村民张建国。城关区雁滩街道南河社区锦绣家园小区物业费上涨，七里河区人社局和区人民法院不管。"); for (int i = 0; i < 6; i++) { var t = gen.next(); samples.add(t.joined()); }
        for (String s : samples) {
            int nl = s.indexOf('\n');
            AnalysedText at = nl < 0 ? seg.analyse(null, s) : seg.analyse(s.substring(0, nl), s.substring(nl + 1));
            System.out.println("TEXT " + s);
            StringBuilder sb = new StringBuilder();
            at.tokens().forEach(t -> sb.append(t.text()).append('/').append(t.kind().name().charAt(0)).append(t.domainTerm() ? "*" : "").append(' '));
            System.out.println("TOK " + sb);
            var ents = ee.extract(at, List.of()); var names = new java.util.ArrayList<String>(ents.people()); names.addAll(ents.places()); names.addAll(ents.organizations()); System.out.println("TERMS " + kt.extract(at, names));
            System.out.println("ENT " + ee.extract(at, List.of()));
        }
    }
}
