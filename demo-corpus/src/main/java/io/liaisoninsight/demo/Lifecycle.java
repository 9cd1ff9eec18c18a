package io.liaisoninsight.demo;

import io.liaisoninsight.schema.PetitionStatus;

/**
 * When each step of a petition's handling happens, in epoch seconds; {@link #NEVER} for a step that does not
 * happen (within the corpus or at all). Steps follow the order of {@link PetitionStatus}.
 */
record Lifecycle(long received, long procedural, long inProgress, long substantive, long closed) {

    static final long NEVER = Long.MAX_VALUE;

    /** Procedural reply (受理告知) due within 7 days of receipt. */
    static final long PROCEDURAL_DAYS = 7;
    /** Substantive reply (办理结果) due within 3 months of receipt; also the limit for deputy referrals (seed 004). */
    static final int SUBSTANTIVE_MONTHS = 3;

    /**
     * Plans a lifecycle that mostly keeps the deadlines: about 86% procedural replies within 7 days, 7% late and
     * 7% never given; about 84% substantive replies within 3 months, 8% late, the rest never. An open matter (a
     * complainant who keeps coming back) is left without a substantive reply far more often.
     */
    static Lifecycle plan(Dice dice, Timeline timeline, long received, boolean openMatter) {
        long procedural;
        double roll = dice.unit();
        if (roll < 0.86) {
            procedural = received + dice.betweenLong(2 * Timeline.HOUR, 6 * Timeline.DAY + 12 * Timeline.HOUR);
        } else if (roll < 0.93) {
            procedural = received + dice.betweenLong(8 * Timeline.DAY, 21 * Timeline.DAY);
        } else {
            return new Lifecycle(received, NEVER, NEVER, NEVER, NEVER);
        }
        long inProgress = dice.chance(0.75) ? procedural + dice.betweenLong(Timeline.HOUR, 5 * Timeline.DAY) : NEVER;
        long earliest = Math.max(procedural, inProgress == NEVER ? procedural : inProgress) + Timeline.DAY;
        long due = timeline.plusMonths(received, SUBSTANTIVE_MONTHS);
        long substantive;
        roll = dice.unit();
        if (openMatter && dice.chance(0.55)) {
            substantive = NEVER;
        } else if (roll < 0.84) {
            substantive = Math.max(earliest, received + dice.betweenLong(12 * Timeline.DAY, 88 * Timeline.DAY));
        } else if (roll < 0.92) {
            substantive = Math.max(earliest, due + dice.betweenLong(2 * Timeline.DAY, 60 * Timeline.DAY));
        } else {
            substantive = NEVER;
        }
        long closed = substantive != NEVER && dice.chance(0.6)
                ? substantive + dice.betweenLong(5 * Timeline.DAY, 30 * Timeline.DAY) : NEVER;
        return new Lifecycle(received, procedural, inProgress, substantive, closed);
    }

    PetitionStatus statusAt(long t) {
        if (closed <= t) {
            return PetitionStatus.CLOSED;
        }
        if (substantive <= t) {
            return PetitionStatus.REPLIED;
        }
        if (inProgress <= t) {
            return PetitionStatus.IN_PROGRESS;
        }
        if (procedural <= t) {
            return PetitionStatus.PROCEDURAL_REPLY;
        }
        return PetitionStatus.RECEIVED;
    }

    /** When the last change at or before {@code t} happened. */
    long lastChangeAt(long t) {
        long last = received;
        for (long step : new long[] {procedural, inProgress, substantive, closed}) {
            if (step <= t) {
                last = Math.max(last, step);
            }
        }
        return last;
    }

    /** Steps that happened at or before {@code t}, receipt included. */
    int stepsBy(long t) {
        int n = 1;
        for (long step : new long[] {procedural, inProgress, substantive, closed}) {
            if (step <= t) {
                n++;
            }
        }
        return n;
    }

    /** The time of the {@code i}-th step that happened (0 = receipt). */
    long step(int i) {
        long[] steps = {received, procedural, inProgress, substantive, closed};
        int seen = -1;
        for (long s : steps) {
            if (s != NEVER && ++seen == i) {
                return s;
            }
        }
        throw new IllegalArgumentException("no step " + i);
    }

    boolean proceduralOverdue(long asOf) {
        return procedural >= asOf && received + PROCEDURAL_DAYS * Timeline.DAY < asOf;
    }

    boolean proceduralLate(long asOf) {
        return procedural < asOf && procedural > received + PROCEDURAL_DAYS * Timeline.DAY;
    }

    boolean substantiveOverdue(Timeline timeline, long asOf) {
        return substantive >= asOf && timeline.plusMonths(received, SUBSTANTIVE_MONTHS) < asOf;
    }

    boolean substantiveLate(Timeline timeline, long asOf) {
        return substantive < asOf && substantive > timeline.plusMonths(received, SUBSTANTIVE_MONTHS);
    }
}
