package io.liaisoninsight.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A content text grown sentence by sentence towards a target length, never past the maximum. A template is
 * used at most once per text, so no sentence pattern repeats within one record.
 */
final class TextBody {

    static final int MIN = 150;
    static final int MAX = 1500;

    private final StringBuilder text = new StringBuilder(640);
    private final Set<Template> used = new HashSet<>();
    private final Scene scene;
    private final int target;

    TextBody(Scene scene, double mean, double spread) {
        this.scene = scene;
        this.target = (int) Math.max(MIN, Math.min(MAX, scene.dice().logNormal(mean, spread)));
    }

    int length() {
        return text.length();
    }

    boolean mentions(String phrase) {
        return text.indexOf(phrase) >= 0;
    }

    /** A long letter: generic sentences may be used more freely to reach its length. */
    boolean isLong() {
        return target > 800;
    }

    boolean below(double share) {
        return text.length() < target * share;
    }

    TextBody append(String s) {
        text.append(s);
        return this;
    }

    /**
     * Renders one not yet used template of the pool; false if there is none or it would not fit under the
     * maximum with {@code reserve} characters left for what must follow.
     */
    boolean add(List<Template> pool, int reserve) {
        List<Template> unused = new ArrayList<>(pool.size());
        for (Template t : pool) {
            if (!used.contains(t)) {
                unused.add(t);
            }
        }
        return !unused.isEmpty() && add(scene.dice().pick(unused), reserve);
    }

    private boolean add(Template template, int reserve) {
        String sentence = scene.render(template);
        used.add(template);
        return addRendered(sentence, reserve);
    }

    boolean addRendered(String sentence, int reserve) {
        if (text.length() + sentence.length() > MAX - reserve) {
            return false;
        }
        text.append(sentence);
        return true;
    }

    /** Adds unused sentences of the pool in random order until the text reaches {@code share} of the target. */
    void fill(List<Template> pool, double share, int reserve) {
        fill(pool, share, reserve, pool.size());
    }

    /** As {@link #fill(List, double, int)}, adding at most {@code most} sentences. */
    void fill(List<Template> pool, double share, int reserve, int most) {
        for (int added = 0; added < most && below(share); added++) {
            if (!add(pool, reserve)) {
                return;
            }
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
