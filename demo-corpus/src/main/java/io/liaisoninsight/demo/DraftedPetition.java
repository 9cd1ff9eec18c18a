package io.liaisoninsight.demo;

import io.liaisoninsight.schema.PetitionStatus;

/**
 * A petition with its whole planned handling. {@link #at(long)} gives the petition as its source system knew it
 * at a moment, which is what each message about it carries.
 */
record DraftedPetition(Petition base, Lifecycle lifecycle, Timeline timeline, Filing filing, Matter matter,
                       String proceduralReply, String substantiveReply, String dangerKeyword, HotSpot hotSpot) {

    /** The version as of the start of the as-of date: what the corpus ends with. */
    Petition finalVersion() {
        return at(timeline.asOf() - 1);
    }

    Petition at(long t) {
        PetitionStatus status = lifecycle.statusAt(t);
        String procedural = lifecycle.procedural() <= t ? timeline.iso(lifecycle.procedural()) : null;
        String substantive = lifecycle.substantive() <= t ? timeline.iso(lifecycle.substantive()) : null;
        String reply = substantive != null ? substantiveReply : procedural != null ? proceduralReply : null;
        return base.withState(timeline.iso(lifecycle.lastChangeAt(t)), status, procedural, substantive, reply);
    }

    String id() {
        return base.id();
    }
}
