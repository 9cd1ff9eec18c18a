package io.liaisoninsight.demo;

/**
 * A planted hot-spot issue: one matter reported through petitions, visit notes and media with a volume that
 * grows over some weeks (and falls again once it is dealt with, unless still ongoing at the as-of date).
 *
 * @param firstDay day index in the corpus window
 * @param total    records planned over its lifetime
 */
record HotSpot(String id, String label, String keyPhrase, Matter matter, int firstDay, int days, int total,
               boolean ongoing) {

    boolean activeOn(int day) {
        return day >= firstDay && day < firstDay + days;
    }

    /** 0 at the first day, approaching 1 at the last. */
    double progress(int day) {
        return (day - firstDay) / (double) days;
    }

    /** Relative volume on a day of its life: exponential growth (about twentyfold), then decay if resolved. */
    double intensity(int day) {
        double x = progress(day);
        double peak = ongoing ? 1.0 : 0.7;
        double rise = Math.exp(3.0 * Math.min(x, peak));
        return x <= peak ? rise : rise * Math.exp(-6.0 * (x - peak));
    }
}
