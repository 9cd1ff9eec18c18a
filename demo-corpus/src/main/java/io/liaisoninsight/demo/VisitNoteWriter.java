package io.liaisoninsight.demo;

import io.liaisoninsight.schema.VisitFunction;
import java.util.List;

/** Writes a liaison officer's visit note for one of the four duties. */
final class VisitNoteWriter {

    private final TemplateLibrary library;

    VisitNoteWriter(TemplateLibrary library) {
        this.library = library;
    }

    RecordText write(Scene scene, VisitFunction function, boolean hotSpot, boolean danger, PetitionWriter petitions) {
        TemplateLibrary.Common c = library.common();
        IssueCategory.Theme theme = scene.matter().theme();
        TextBody body = new TextBody(scene, 400, 0.4);
        int reserve = 160;
        body.add(c.visitOpenings().get(function), reserve);
        String dangerKeyword = null;
        if (function == VisitFunction.PUBLICIZE) {
            body.fill(c.publicityBody(), 0.95, 0);
        } else {
            if (function == VisitFunction.RECEIVE) {
                // The visitor's own words, quoted in the first person.
                scene.voice("我们");
                body.append("据其讲述：“");
                body.add(theme.openings(), reserve);
                body.fill(theme.facts(), 0.55, reserve, 5);
                body.append("”");
            } else {
                body.add(theme.visitFindings(), reserve);
                List<Template> facts = theme.thirdPersonFacts();
                if (!facts.isEmpty()) {
                    body.append("据了解，");
                    body.add(facts, reserve);
                    body.fill(facts, 0.55, reserve, 4);
                }
            }
            if (hotSpot && !body.mentions(scene.matter().keyPhrase())) {
                body.add(c.hotSpotGrowth(), reserve);
            }
            body.fill(c.visitDetails(), 0.8, reserve, 5);
            if (danger) {
                String sentence = scene.render(c.dangerThirdPerson());
                body.addRendered(sentence, 0);
                dangerKeyword = petitions.dangerKeyword(sentence);
            }
            body.fill(c.visitFollowUps(), 0.95, 20, 4);
            while (body.length() < TextBody.MIN && body.add(c.visitFollowUps(), 20)) {
                // top up very short notes
            }
            if (function == VisitFunction.REPORT) {
                body.append("特此报告。");
            }
        }
        while (body.length() < TextBody.MIN && body.add(c.publicityBody(), 0)) {
            // top up very short notes
        }
        String title = scene.render(c.visitTitles().get(function));
        return new RecordText(title, body.toString(), dangerKeyword);
    }

    List<String> themes() {
        return library.common().publicityThemes();
    }
}
