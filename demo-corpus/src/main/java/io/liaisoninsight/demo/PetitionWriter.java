package io.liaisoninsight.demo;

import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.Channel;
import java.time.LocalDate;

/**
 * Writes a petition's title, content and replies in the manner of its channel: a letter with greeting and
 * signature, a visit or 12309 call summarised by the receiving officer, an online message, a deputy's referral.
 */
final class PetitionWriter {

    /** What the text must show besides the matter itself. */
    record Facets(Channel channel, boolean collective, EscalationLevel escalation, boolean danger, int repeat,
                  boolean hotSpot, LocalDate written) {
    }

    private final TemplateLibrary library;

    PetitionWriter(TemplateLibrary library) {
        this.library = library;
    }

    RecordText write(Scene scene, Facets facets) {
        TemplateLibrary.Common c = library.common();
        IssueCategory k = scene.matter().category();
        IssueCategory.Theme theme = scene.matter().theme();
        Dice dice = scene.dice();
        TextBody body = new TextBody(scene, meanLength(facets.channel()), 0.45);
        int reserve = 170;
        switch (facets.channel()) {
            case LETTER -> body.append(scene.render(c.letterGreetings())).append("\n");
            case ONLINE -> {
                if (dice.chance(0.5)) {
                    body.append(scene.render(c.onlineGreetings()));
                }
            }
            case VISIT -> body.append(scene.render(c.visitIntro()));
            case PHONE_12309 -> body.append(scene.render(c.visitPhoneIntro()));
            case DEPUTY_REFERRAL -> body.append(scene.render(c.referralIntro()));
        }
        body.add(theme.openings(), reserve);
        if (facets.repeat() > 0) {
            body.add(c.repeatContact(), reserve);
        }
        if (facets.hotSpot() && dice.chance(0.5)) {
            body.add(c.hotSpotGrowth(), reserve);
        }
        body.add(theme.facts(), reserve);
        body.fill(theme.facts(), 0.55, reserve);
        if (facets.collective()) {
            body.add(c.collective(), reserve);
        }
        if (facets.escalation() != EscalationLevel.COUNTY) {
            body.add(c.escalation().get(facets.escalation()), reserve);
        }
        body.fill(k.details(), 0.7, reserve, 2);
        body.fill(c.timeline(), 0.85, reserve, body.isLong() ? 6 : 3);
        // Generic sentences top up, a few at most except in long letters: shared text makes unrelated records alike.
        body.fill(c.fillers(), 0.92, reserve, body.isLong() ? 12 : 5);
        if (facets.hotSpot() && !body.mentions(scene.matter().keyPhrase())) {
            // A hot spot's records name it, so that analysts (and the scoring) can see they belong together.
            body.add(c.hotSpotGrowth(), 0);
        }
        while (body.length() < TextBody.MIN && body.add(c.fillers(), 0)) {
            // top up very short texts
        }
        String danger = null;
        if (facets.danger()) {
            String sentence = scene.render(c.dangerFirstPerson());
            body.addRendered(sentence, 0);
            danger = dangerKeyword(sentence);
        }
        body.add(theme.demands(), 0);
        switch (facets.channel()) {
            case LETTER -> body.append("\n").append(scene.render(c.letterClosings())).append("\n反映人：")
                    .append(facets.collective() ? "全体群众代表" : "").append(nameOf(scene)).append("\n")
                    .append(written(facets.written()));
            case ONLINE -> {
                if (dice.chance(0.6)) {
                    body.append(scene.render(c.onlineClosings()));
                }
            }
            default -> {
            }
        }
        return new RecordText(title(scene, facets), body.toString(), danger);
    }

    private String title(Scene scene, Facets facets) {
        Dice dice = scene.dice();
        String title = scene.render(scene.matter().theme().titles());
        if (facets.repeat() > 0 && dice.chance(0.35)) {
            return "再次反映：" + title;
        }
        if (facets.channel() == Channel.DEPUTY_REFERRAL && dice.chance(0.4)) {
            return "代表委员转办：" + title;
        }
        if (facets.collective() && dice.chance(0.3)) {
            return "（联名）" + title;
        }
        return title;
    }

    String proceduralReply(Scene scene) {
        return scene.render(library.common().proceduralReplies());
    }

    String substantiveReply(Scene scene) {
        return scene.render(scene.matter().theme().replies());
    }

    String dangerKeyword(String sentence) {
        for (String keyword : library.dangerKeywords()) {
            if (sentence.contains(keyword)) {
                return keyword;
            }
        }
        throw new IllegalStateException("danger sentence without a danger keyword: " + sentence);
    }

    private static double meanLength(Channel channel) {
        return switch (channel) {
            case LETTER -> 640;
            case VISIT, ONLINE -> 420;
            case PHONE_12309 -> 270;
            case DEPUTY_REFERRAL -> 460;
        };
    }

    private static String nameOf(Scene scene) {
        StringBuilder b = new StringBuilder();
        scene.fill("name", b);
        return b.toString();
    }

    private static String written(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
