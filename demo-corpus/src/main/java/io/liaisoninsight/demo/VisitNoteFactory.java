package io.liaisoninsight.demo;

import io.liaisoninsight.schema.VisitFunction;
import io.liaisoninsight.schema.Urgency;

/** Puts a visit note together for a liaison office of the matter's township. */
final class VisitNoteFactory {

    /** A note and the danger keyword planted in it, if any. */
    record Made(VisitNote note, String dangerKeyword) {
    }

    private final Timeline timeline;
    private final TemplateLibrary library;
    private final EntityNames entities;
    private final ChineseNames names;
    private final Places places;
    private final VisitNoteWriter writer;
    private final PetitionWriter petitions;

    VisitNoteFactory(Timeline timeline, TemplateLibrary library, EntityNames entities, ChineseNames names,
                     Places places, VisitNoteWriter writer, PetitionWriter petitions) {
        this.timeline = timeline;
        this.library = library;
        this.entities = entities;
        this.names = names;
        this.places = places;
        this.writer = writer;
        this.petitions = petitions;
    }

    Made make(Dice dice, String id, Matter matter, VisitFunction function, long visitedAt, boolean hotSpot,
              boolean danger, boolean urgent) {
        String officer = places.officer(dice, matter.township());
        String voice = matter.category().thirdPersonVoice() != null ? matter.category().thirdPersonVoice()
                : !matter.place().endsWith("村") ? "居民" : dice.chance(0.5) ? "村民" : "群众";
        Scene scene = new Scene(dice, timeline, library, entities, matter, visitedAt)
                .voice(voice)
                .name(names.fullName(dice, dice.chance(0.55)))
                .office(matter.township().office(), officer)
                .theme(dice.pick(writer.themes()));
        RecordText text = writer.write(scene, function, hotSpot, danger, petitions);
        long recorded = Math.min(timeline.asOf() - 1, visitedAt + dice.betweenLong(Timeline.HOUR, 6 * Timeline.HOUR));
        VisitNote note = new VisitNote(id, timeline.iso(recorded), matter.township().office(), officer,
                matter.district().name(), matter.township().name(), matter.place(), timeline.iso(visitedAt), function,
                urgent || danger ? Urgency.URGENT : Urgency.ROUTINE, text.title(), text.content());
        return new Made(note, text.dangerKeyword());
    }

    /** Visits happen in office hours. */
    static long visitSecondOfDay(Dice dice) {
        return dice.betweenLong(8 * Timeline.HOUR + 1800, 17 * Timeline.HOUR);
    }
}
