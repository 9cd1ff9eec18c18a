package io.liaisoninsight.demo;

import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.VisitFunction;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The parsed content of {@code demo/issue-templates.json}: categories, shared phrases, synonyms. */
final class TemplateLibrary {

    static final String RESOURCE = "demo/issue-templates.json";

    /** Shared phrase pools, by what they are for. */
    record Common(List<Template> letterGreetings, List<Template> onlineGreetings, List<Template> letterClosings,
                  List<Template> onlineClosings, List<Template> fillers, List<Template> timeline,
                  List<Template> repeatContact, List<Template> collective,
                  Map<EscalationLevel, List<Template>> escalation, List<Template> dangerFirstPerson,
                  List<Template> dangerThirdPerson, List<Template> visitPhoneIntro, List<Template> visitIntro,
                  List<Template> referralIntro, List<Template> proceduralReplies, List<Template> visitFollowUps,
                  List<Template> visitDetails, Map<VisitFunction, List<Template>> visitOpenings,
                  List<String> publicityThemes, List<Template> publicityBody,
                  Map<VisitFunction, List<Template>> visitTitles, List<Template> mediaLeads,
                  List<Template> mediaReactions, List<Template> mediaBackground, List<Template> mediaClosings,
                  List<Template> hotSpotGrowth, List<String> mediaRepostPrefixes) {
    }

    private record RawTheme(String key, String label, List<String> titles, List<String> openings, List<String> facts,
                            List<String> demands, List<String> replies, List<String> visitFindings) {
    }

    /** A category gives either its own titles, openings ... (one theme) or a list of themes. */
    private record RawCategory(String key, String category, String label, double weight, String entityKind,
                               List<Long> amount, List<String> units, List<String> titles, List<String> openings,
                               List<String> facts, List<String> details, List<String> demands, List<String> replies,
                               List<RawTheme> themes, List<String> visitFindings, List<String> mediaTitles,
                               List<String> mediaFacts, String topic, String thirdPersonVoice) {

        List<RawTheme> themesOrMain() {
            return themes != null ? themes
                    : List.of(new RawTheme("main", label, titles, openings, facts, demands, replies, visitFindings));
        }
    }

    private record RawCommon(List<String> letterGreetings, List<String> onlineGreetings, List<String> letterClosings,
                             List<String> onlineClosings, List<String> fillers, List<String> timeline,
                             List<String> repeatContact, List<String> collective,
                             Map<EscalationLevel, List<String>> escalation, List<String> dangerFirstPerson,
                             List<String> dangerThirdPerson, List<String> visitPhoneIntro, List<String> visitIntro,
                             List<String> referralIntro, List<String> proceduralReplies, List<String> visitFollowUps,
                             List<String> visitDetails, Map<VisitFunction, List<String>> visitOpenings,
                             List<String> publicityThemes, List<String> publicityBody,
                             Map<VisitFunction, List<String>> visitTitles, List<String> mediaLeads,
                             List<String> mediaReactions, List<String> mediaBackground, List<String> mediaClosings,
                             List<String> hotSpotGrowth, List<String> mediaRepostPrefixes) {
    }

    private record Raw(LinkedHashMap<String, List<String>> synonyms, List<String> dangerKeywords, RawCommon common,
                       List<RawCategory> categories) {
    }

    private final Map<String, List<String>> synonyms;
    private final List<String> dangerKeywords;
    private final Common common;
    private final List<IssueCategory> categories;

    private TemplateLibrary(Raw raw) {
        this.synonyms = raw.synonyms();
        this.dangerKeywords = List.copyOf(raw.dangerKeywords());
        RawCommon c = raw.common();
        this.common = new Common(p(c.letterGreetings()), p(c.onlineGreetings()), p(c.letterClosings()),
                p(c.onlineClosings()), p(c.fillers()), p(c.timeline()), p(c.repeatContact()), p(c.collective()),
                parseMap(c.escalation()), p(c.dangerFirstPerson()), p(c.dangerThirdPerson()),
                p(c.visitPhoneIntro()), p(c.visitIntro()), p(c.referralIntro()), p(c.proceduralReplies()),
                p(c.visitFollowUps()), p(c.visitDetails()), parseMap(c.visitOpenings()),
                List.copyOf(c.publicityThemes()), p(c.publicityBody()), parseMap(c.visitTitles()), p(c.mediaLeads()),
                p(c.mediaReactions()), p(c.mediaBackground()), p(c.mediaClosings()), p(c.hotSpotGrowth()),
                List.copyOf(c.mediaRepostPrefixes()));
        this.categories = raw.categories().stream().map(TemplateLibrary::category).toList();
    }

    static TemplateLibrary load() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = TemplateLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return new TemplateLibrary(mapper.readValue(in, Raw.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static IssueCategory category(RawCategory r) {
        List<IssueCategory.Theme> themes = r.themesOrMain().stream().map(t -> new IssueCategory.Theme(t.key(),
                t.label() != null ? t.label() : r.label(), p(t.titles()), p(t.openings()), p(t.facts()),
                p(t.demands()), p(t.replies()), p(t.visitFindings() != null ? t.visitFindings() : r.visitFindings())))
                .toList();
        return new IssueCategory(r.key(), r.category(), r.label(), r.weight(), r.entityKind(), r.amount().get(0),
                r.amount().get(1), p(r.units()), p(r.details()), themes, p(r.mediaTitles()), p(r.mediaFacts()),
                r.topic(), r.thirdPersonVoice());
    }

    private static List<Template> p(List<String> sources) {
        return Template.parseAll(sources);
    }

    private static <K extends Enum<K>> Map<K, List<Template>> parseMap(Map<K, List<String>> raw) {
        Map<K, List<Template>> parsed = new LinkedHashMap<>();
        raw.forEach((k, v) -> parsed.put(k, p(v)));
        return parsed;
    }

    /** Synonym groups by slot name, in file order; the first word of a group is its head word. */
    Map<String, List<String>> synonyms() {
        return synonyms;
    }

    /** Words that mark language indicating danger to life; only planted records contain them. */
    List<String> dangerKeywords() {
        return dangerKeywords;
    }

    Common common() {
        return common;
    }

    List<IssueCategory> categories() {
        return categories;
    }

    IssueCategory category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no category " + key));
    }

    /** Every template, for checks that each slot can be filled. */
    List<Template> all() {
        List<Template> all = new ArrayList<>();
        Common c = common;
        Stream.of(c.letterGreetings(), c.onlineGreetings(), c.letterClosings(), c.onlineClosings(), c.fillers(),
                c.timeline(), c.repeatContact(), c.collective(), c.dangerFirstPerson(), c.dangerThirdPerson(),
                c.visitPhoneIntro(), c.visitIntro(), c.referralIntro(), c.proceduralReplies(), c.visitFollowUps(),
                c.visitDetails(), c.publicityBody(), c.mediaLeads(), c.mediaReactions(), c.mediaBackground(),
                c.mediaClosings(), c.hotSpotGrowth())
                .forEach(all::addAll);
        c.escalation().values().forEach(all::addAll);
        c.visitOpenings().values().forEach(all::addAll);
        c.visitTitles().values().forEach(all::addAll);
        for (IssueCategory k : categories) {
            Stream.of(k.units(), k.details(), k.mediaTitles(), k.mediaFacts()).forEach(all::addAll);
            for (IssueCategory.Theme t : k.themes()) {
                Stream.of(t.titles(), t.openings(), t.facts(), t.demands(), t.replies(), t.visitFindings())
                        .forEach(all::addAll);
            }
        }
        return all;
    }
}
