package io.liaisoninsight.demo;

import java.util.List;

/** Writes a news item or online post about a matter, in the third person. */
final class MediaWriter {

    private final TemplateLibrary library;

    MediaWriter(TemplateLibrary library) {
        this.library = library;
    }

    RecordText write(Scene scene, boolean hotSpot, boolean danger, PetitionWriter petitions) {
        TemplateLibrary.Common c = library.common();
        IssueCategory k = scene.matter().category();
        TextBody body = new TextBody(scene, 560, 0.4);
        int reserve = 200;
        List<Template> facts = scene.matter().theme().thirdPersonFacts();
        // The lead ends in a comma: the first fact completes its sentence.
        body.add(c.mediaLeads(), reserve);
        body.add(facts.isEmpty() ? k.mediaFacts() : facts, reserve);
        body.fill(k.mediaFacts(), 0.45, reserve);
        body.fill(facts, 0.65, reserve, 4);
        if (hotSpot) {
            body.add(c.hotSpotGrowth(), reserve);
        }
        body.fill(c.mediaBackground(), 0.8, reserve, 4);
        String dangerKeyword = null;
        if (danger) {
            String sentence = scene.render(c.dangerThirdPerson());
            body.addRendered(sentence, 0);
            dangerKeyword = petitions.dangerKeyword(sentence);
        }
        body.fill(c.mediaReactions(), 0.92, 60, 3);
        while (body.length() < TextBody.MIN && body.add(c.mediaBackground(), 60)) {
            // top up very short items
        }
        body.add(c.mediaClosings(), 0);
        return new RecordText(scene.render(k.mediaTitles()), body.toString(), dangerKeyword);
    }

    List<String> repostPrefixes() {
        return library.common().mediaRepostPrefixes();
    }
}
