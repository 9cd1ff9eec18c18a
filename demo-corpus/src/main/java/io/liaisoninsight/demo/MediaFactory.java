package io.liaisoninsight.demo;

import java.time.LocalDateTime;
import java.util.List;

/** Puts a media report together: outlet, platform, address, reach and text. */
final class MediaFactory {

    /** A report and the danger keyword planted in it, if any. */
    record Made(MediaReport report, String dangerKeyword) {
    }

    /** Where reports appear, with the typical views of one item. */
    record Outlet(String name, String platform, String host, double typicalViews) {
    }

    static final List<Outlet> OUTLETS = List.of(
            new Outlet("兰州日报", "新闻网站", "www.lzrb.example.cn", 6000),
            new Outlet("兰州晚报", "新闻网站", "www.lzwb.example.cn", 9000),
            new Outlet("每日甘肃网", "新闻网站", "www.gansudaily.example.cn", 12000),
            new Outlet("中国甘肃网", "新闻网站", "www.gscn.example.cn", 8000),
            new Outlet("兰州新闻网", "新闻网站", "www.lzbs.example.cn", 5000),
            new Outlet("甘肃法治报", "新闻网站", "www.gsfzb.example.cn", 4000),
            new Outlet("掌上兰州", "微信公众号", "mp.weixin.example.com", 15000),
            new Outlet("兰州城事", "微信公众号", "mp.weixin.example.com", 9000),
            new Outlet("金城热点", "微博", "weibo.example.com", 30000),
            new Outlet("兰州身边事", "微博", "weibo.example.com", 20000),
            new Outlet("陇上热评", "微博", "weibo.example.com", 12000),
            new Outlet("兰州生活圈", "抖音", "www.douyin.example.com", 60000),
            new Outlet("金城随手拍", "抖音", "www.douyin.example.com", 40000),
            new Outlet("兰州吧", "论坛", "tieba.example.com", 3000),
            new Outlet("西北论坛兰州版", "论坛", "bbs.xibei.example.cn", 2000),
            new Outlet("今日头条·兰州", "今日头条", "www.toutiao.example.com", 25000));

    private final Timeline timeline;
    private final TemplateLibrary library;
    private final EntityNames entities;
    private final ChineseNames names;
    private final MediaWriter writer;
    private final PetitionWriter petitions;

    MediaFactory(Timeline timeline, TemplateLibrary library, EntityNames entities, ChineseNames names,
                 MediaWriter writer, PetitionWriter petitions) {
        this.timeline = timeline;
        this.library = library;
        this.entities = entities;
        this.names = names;
        this.writer = writer;
        this.petitions = petitions;
    }

    /**
     * @param heat 0 for an ordinary item, up to 1 for a hot spot at its peak: more views, shares, comments
     */
    Made make(Dice dice, String id, Matter matter, long publishedAt, boolean hotSpot, double heat, boolean danger) {
        Outlet outlet = dice.pick(OUTLETS);
        Scene scene = new Scene(dice, timeline, library, entities, matter, publishedAt)
                .voice(matter.category().thirdPersonVoice() != null ? matter.category().thirdPersonVoice()
                        : matter.place().endsWith("村") ? "村民" : "居民")
                .name("当事人" + names.anonymised(dice))
                .platform(outlet.platform());
        RecordText text = writer.write(scene, hotSpot, danger, petitions);
        boolean placeKnown = hotSpot || dice.chance(0.75);
        long seen = Math.min(timeline.asOf() - 1, publishedAt + dice.betweenLong(600, 7200));
        MediaReport report = new MediaReport(id, timeline.iso(seen),
                url(outlet, id, publishedAt), outlet.name(), outlet.platform(), timeline.iso(publishedAt),
                text.title(), text.content(), placeKnown ? matter.district().name() : null,
                placeKnown && (hotSpot || dice.chance(0.6)) ? matter.township().name() : null,
                reach(dice, outlet, heat));
        return new Made(report, text.dangerKeyword());
    }

    /** A re-publication of {@code original} by another outlet. */
    MediaReport repost(Dice dice, MediaReport original, String id, long publishedAt, String title, String content) {
        Outlet outlet = dice.pick(OUTLETS);
        if (outlet.name().equals(original.outlet())) {
            outlet = OUTLETS.get((OUTLETS.indexOf(outlet) + 1) % OUTLETS.size());
        }
        return original.repostedAs(id, url(outlet, id, publishedAt), outlet.name(), outlet.platform(),
                timeline.iso(publishedAt), title, content, reach(dice, outlet, 0));
    }

    List<String> repostPrefixes() {
        return writer.repostPrefixes();
    }

    static MediaReport.Reach reach(Dice dice, Outlet outlet, double heat) {
        long views = Math.round(dice.logNormal(outlet.typicalViews() * (1 + 6 * heat), 1.0));
        long shares = Math.round(views * (0.005 + 0.04 * dice.unit()) * (1 + heat));
        long comments = Math.round(views * (0.002 + 0.015 * dice.unit()) * (1 + heat));
        return new MediaReport.Reach(views, shares, comments);
    }

    static MediaReport.Reach fraction(MediaReport.Reach reach, double share) {
        return new MediaReport.Reach(Math.round(reach.views() * share), Math.round(reach.shares() * share),
                Math.round(reach.comments() * share));
    }

    private String url(Outlet outlet, String id, long publishedAt) {
        LocalDateTime t = timeline.local(publishedAt);
        String day = String.format("%04d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        return "https://" + outlet.host() + "/" + day + "/" + id.toLowerCase() + ".html";
    }

    /** Reports go out at any hour, mostly in the daytime and evening. */
    static long publishSecondOfDay(Dice dice) {
        return dice.chance(0.92) ? dice.betweenLong(7 * Timeline.HOUR, 24 * Timeline.HOUR)
                : dice.betweenLong(0, 7 * Timeline.HOUR);
    }
}
