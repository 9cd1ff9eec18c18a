package io.liaisoninsight.demo;

import java.util.List;
import java.util.Map;

/**
 * The slot values of one record being written: the matter, the voice, the people and the dates. Values that a
 * reader would expect to stay the same within one text (the handling unit, the number of months) are drawn once;
 * synonyms are drawn at every use, as writers vary their words.
 */
final class Scene implements Template.Slots {

    private final Dice dice;
    private final Timeline timeline;
    private final Map<String, List<String>> synonyms;
    private final EntityNames entities;
    private final Matter matter;
    private final long at;
    private String voice = "我";
    private String name = "";
    private int count;
    private String office = "";
    private String officer = "";
    private String referredBy = "";
    private String platform = "网上";
    private String theme = "";
    private String unit;
    private String relative;
    private int months;
    private long date2 = -1;
    private String caseNo;
    private int area;

    Scene(Dice dice, Timeline timeline, TemplateLibrary library, EntityNames entities, Matter matter, long at) {
        this.dice = dice;
        this.timeline = timeline;
        this.synonyms = library.synonyms();
        this.entities = entities;
        this.matter = matter;
        this.at = at;
        this.count = matter.count();
    }

    Scene voice(String value) {
        this.voice = value;
        return this;
    }

    Scene name(String value) {
        this.name = value;
        return this;
    }

    Scene count(int value) {
        this.count = value;
        return this;
    }

    Scene office(String officeName, String officerName) {
        this.office = officeName;
        this.officer = officerName;
        return this;
    }

    Scene referredBy(String value) {
        this.referredBy = value;
        return this;
    }

    Scene platform(String value) {
        this.platform = value;
        return this;
    }

    Scene theme(String value) {
        this.theme = value;
        return this;
    }

    Matter matter() {
        return matter;
    }

    Dice dice() {
        return dice;
    }

    String render(Template template) {
        return template.render(this);
    }

    String render(List<Template> choices) {
        return dice.pick(choices).render(this);
    }

    /** The unit handling the matter, drawn once per record so the text names one unit throughout. */
    String unit() {
        if (unit == null) {
            unit = dice.pick(matter.category().units()).render(this);
        }
        return unit;
    }

    @Override
    public void fill(String slot, StringBuilder out) {
        switch (slot) {
            case "we" -> out.append(voice);
            case "name" -> out.append(name);
            case "district" -> out.append(matter.district().name());
            case "township" -> out.append(matter.township().name());
            case "place" -> out.append(matter.place());
            case "resident" -> out.append(matter.place().endsWith("村") ? "村民" : "居民");
            case "entity" -> out.append(matter.entity().isEmpty() ? matter.place() : matter.entity());
            case "project" -> out.append(matter.project());
            case "company" -> out.append(matter.company());
            case "propertyCo" -> out.append(matter.propertyCompany());
            case "boss" -> out.append(matter.boss());
            case "cadre" -> out.append(matter.cadre());
            case "opponent" -> out.append(matter.opponent());
            case "amount" -> money(out, matter.amount());
            case "count" -> out.append(count);
            case "n" -> out.append(dice.between(2, 6));
            case "months" -> out.append(months());
            case "date" -> out.append(timeline.yearMonth(matter.startedAt()));
            case "date2" -> out.append(timeline.yearMonth(date2()));
            case "visitDate" -> out.append(timeline.monthDay(at));
            case "area" -> out.append(area()).append("平方米");
            case "unit" -> out.append(unit());
            case "relative" -> out.append(relative());
            case "caseNo" -> out.append(caseNo());
            case "police" -> out.append(police());
            case "office" -> out.append(office);
            case "officer" -> out.append(officer);
            case "referredBy" -> out.append(referredBy);
            case "platform" -> out.append(platform);
            case "theme" -> out.append(theme);
            case "topic" -> out.append(matter.category().topic());
            default -> {
                List<String> words = synonyms.get(slot);
                if (words == null) {
                    throw new IllegalStateException("unknown slot {" + slot + "}");
                }
                out.append(words.get(dice.below(words.size())));
            }
        }
    }

    private int months() {
        if (months == 0) {
            months = dice.between(2, 18);
        }
        return months;
    }

    /** A month between the start of the matter and this record: a later step of the story. */
    private long date2() {
        if (date2 < 0) {
            long from = Math.min(matter.startedAt(), at - Timeline.DAY);
            date2 = from + (long) (dice.unit() * Math.max(Timeline.DAY, at - from - Timeline.DAY));
        }
        return date2;
    }

    private int area() {
        if (area == 0) {
            area = dice.between(45, 180);
        }
        return area;
    }

    private String relative() {
        if (relative == null) {
            relative = entities.relative(dice);
        }
        return relative;
    }

    private String caseNo() {
        if (caseNo == null) {
            int year = Math.max(timeline.year(matter.startedAt()), timeline.year(at) - 3);
            String court = matter.district().code().substring(2);
            caseNo = "（" + year + "）甘" + court + (dice.chance(0.7) ? "民初" : "执") + dice.between(100, 9999) + "号";
        }
        return caseNo;
    }

    private String police() {
        String bureau = matter.district().name().endsWith("区") ? "公安分局" : "公安局";
        return matter.district().name() + bureau + EntityNames.stem(matter.township().name()) + "派出所";
    }

    /** Money as people write it: 8600元, 12.6万元. */
    static void money(StringBuilder out, long yuan) {
        if (yuan < 10_000) {
            out.append(yuan).append("元");
            return;
        }
        long tenths = Math.round(yuan / 1000.0);
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(tenths % 10);
        }
        out.append("万元");
    }
}
