package io.liaisoninsight.ingest.enrich;

import org.junit.jupiter.api.Test;
import java.util.*;

class DupScratchTest {
    static Set<String> shingles(String s, int k) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) if (Character.isLetterOrDigit(c)) b.append(c);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + k <= b.length(); i++) out.add(b.substring(i, i + k));
        return out;
    }
    static double j(String a, String b, int k) {
        Set<String> x = shingles(a, k), y = shingles(b, k);
        Set<String> i = new HashSet<>(x); i.retainAll(y);
        Set<String> u = new HashSet<>(x); u.addAll(y);
        return (double) i.size() / u.size();
    }
    static String mutate(String s, Random r, int kind) {
        switch (kind) {
            case 0: { // change few chars
                char[] c = s.toCharArray(); String rep = "的了是在有我他们这那和与及";
                for (int n = 0; n < 6; n++) { int p = r.nextInt(c.length); if (Character.isLetter(c[p])) c[p] = rep.charAt(r.nextInt(rep.length())); }
                return new String(c); }
            case 1: { // swap sentences
                List<String> parts = new ArrayList<>(Arrays.asList(s.split("(?<=。)")));
                Collections.shuffle(parts, r); return String.join("", parts); }
            case 2: return s.replace("，", " ").replace("。", "！");
            case 3: return "尊敬的领导您好！我再次向你们反映这个问题。" + s + "谢谢！";
            default: { String m = mutate(mutate(mutate(s, r, 0), r, 1), r, 3); return m.substring(0, m.length() * 9 / 10); }
        }
    }
    @Test
    void dist() {
        SyntheticPetitions gen = new SyntheticPetitions(11);
        Random r = new Random(5);
        for (int k = 2; k <= 4; k++) {
            double minPos = 1, maxNeg = 0; double[] negs = new double[400]; double[] poss = new double[400];
            for (int t = 0; t < 400; t++) {
                String cat = SyntheticPetitions.categories().get(t % 8);
                String a = gen.next(cat).joined(), b = gen.next(cat).joined();
                negs[t] = j(a, b, k);
                poss[t] = j(a, mutate(a, r, t % 5), k);
            }
            if (k == 3) {
                var f = new io.liaisoninsight.ingest.enrich.duplicate.NearDuplicateFingerprinter();
                double err = 0; int n = 0; double maxErr = 0;
                SyntheticPetitions g2 = new SyntheticPetitions(99); Random r2 = new Random(9);
                for (int t = 0; t < 400; t++) {
                    String cat = SyntheticPetitions.categories().get(t % 8);
                    String a = g2.next(cat).joined(); String b = t % 2 == 0 ? g2.next(cat).joined() : mutate(a, r2, t % 5);
                    double est = io.liaisoninsight.ingest.enrich.duplicate.NearDuplicateFingerprinter.similarity(f.fingerprint(null, a).signature(), f.fingerprint(null, b).signature());
                    double e = Math.abs(est - j(a, b, 3)); err += e; n++; maxErr = Math.max(maxErr, e);
                }
                System.out.printf("k=3 estimate MAE %.3f max %.3f%n", err / n, maxErr);
            }
            Arrays.sort(negs); Arrays.sort(poss);
            System.out.printf("k=%d neg median %.2f p95 %.2f p99 %.2f max %.2f | pos min %.2f p1 %.2f p5 %.2f median %.2f%n", k,
                negs[200], negs[380], negs[396], negs[399], poss[0], poss[4], poss[20], poss[200]);
        }
    }
}
