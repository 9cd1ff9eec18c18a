package io.liaisoninsight.demo;

import io.liaisoninsight.schema.PetitionStatus;
import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.Channel;
import java.util.List;

/** Puts a petition together: text by channel, handling lifecycle and reply texts. */
final class PetitionFactory {

    /** Everything about a petition that is not its text. */
    record Spec(String id, Matter matter, Channel channel, long receivedAt, Filing filing, int headcount,
                EscalationLevel escalation, boolean danger, int repeat, HotSpot hotSpot, boolean openMatter,
                String referredBy) {
    }

    private final Timeline timeline;
    private final TemplateLibrary library;
    private final EntityNames entities;
    private final PetitionWriter writer;

    PetitionFactory(Timeline timeline, TemplateLibrary library, EntityNames entities, PetitionWriter writer) {
        this.timeline = timeline;
        this.library = library;
        this.entities = entities;
        this.writer = writer;
    }

    DraftedPetition draft(Dice dice, Spec spec) {
        Matter matter = spec.matter();
        boolean collective = spec.headcount() >= 5;
        Scene scene = new Scene(dice, timeline, library, entities, matter, spec.receivedAt())
                .voice(collective || dice.chance(0.4) ? "我们" : "我")
                .name(spec.filing().displayName())
                .count(collective ? spec.headcount() : matter.count())
                .referredBy(spec.referredBy() == null ? "" : spec.referredBy());
        PetitionWriter.Facets facets = new PetitionWriter.Facets(spec.channel(), collective, spec.escalation(),
                spec.danger(), spec.repeat(), spec.hotSpot() != null, timeline.local(spec.receivedAt()).toLocalDate());
        RecordText text = writer.write(scene, facets);
        Lifecycle lifecycle = Lifecycle.plan(dice, timeline, spec.receivedAt(), spec.openMatter());
        String procedural = writer.proceduralReply(scene);
        String substantive = writer.substantiveReply(scene);
        String handlingUnit = dice.chance(0.15) ? matter.township().office()
                : matter.district().procuratorate() + (dice.chance(0.8) ? "控告申诉检察部" : "第六检察部");
        List<Complainant> complainants = spec.filing().complainants();
        Petition base = new Petition(spec.id(), null, spec.channel(), timeline.iso(spec.receivedAt()),
                complainants.isEmpty() ? null : complainants, spec.headcount(), matter.district().name(),
                matter.township().name(), text.title(), text.content(), matter.category().category(),
                PetitionStatus.RECEIVED, null, null, null, spec.referredBy(), handlingUnit, spec.escalation());
        return new DraftedPetition(base, lifecycle, timeline, spec.filing(), matter, procedural, substantive,
                text.dangerKeyword(), spec.hotSpot());
    }

    /** The same petition sent again: new id, channel, time and filing; the handling starts afresh. */
    DraftedPetition copy(Dice dice, DraftedPetition original, String id, Channel channel, long receivedAt,
                         Filing filing, String title, String content, String referredBy) {
        Lifecycle lifecycle = Lifecycle.plan(dice, timeline, receivedAt, false);
        Petition base = original.base().withIdentity(id, channel, timeline.iso(receivedAt),
                filing.complainants().isEmpty() ? null : filing.complainants(), title, content, referredBy);
        return new DraftedPetition(base, lifecycle, timeline, filing, original.matter(), original.proceduralReply(),
                original.substantiveReply(), original.dangerKeyword(), original.hotSpot());
    }

    /**
     * Second of the day a petition arrives: visits, letters and referrals in office hours, the 12309 line into
     * the evening, online petitions at any hour (mostly daytime and evening).
     */
    static long receiptSecondOfDay(Dice dice, Channel channel) {
        return switch (channel) {
            case VISIT, LETTER, DEPUTY_REFERRAL ->
                    dice.betweenLong(8 * Timeline.HOUR + 1800, 17 * Timeline.HOUR + 1800);
            case PHONE_12309 -> dice.betweenLong(8 * Timeline.HOUR, 21 * Timeline.HOUR);
            case ONLINE -> dice.chance(0.9) ? dice.betweenLong(7 * Timeline.HOUR, 24 * Timeline.HOUR)
                    : dice.betweenLong(0, 7 * Timeline.HOUR);
        };
    }
}
