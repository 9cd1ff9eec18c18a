package io.liaisoninsight.ui.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Settings under {@code liaison.meeting.*}; every one has a default, shown in {@code application.properties}.
 *
 * @param pdfFont     CJK font embedded (as a subset) in PDF briefs: a TrueType file ({@code .ttf}) or
 *                    collection ({@code .ttc}) with TrueType outlines. Default
 *                    {@code /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc} (Debian package {@code fonts-wqy-zenhei},
 *                    which {@code liaison.sh} installs). The Noto CJK collection ({@code fonts-noto-cjk}) does not
 *                    work: its outlines are CFF, which PDFBox 3 cannot embed
 * @param pdfFontName the font's PostScript name inside a collection; default {@code WenQuanYiZenHei}
 * @param urgentItems urgent petitions listed in a brief; default 20
 * @param topTerms    key terms listed in a brief; default 15
 * @param maxMeetings meetings listed on the meetings page (newest first); default 200
 */
@ConfigurationProperties("liaison.meeting")
record MeetingSettings(@DefaultValue("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") Path pdfFont,
                       @DefaultValue("WenQuanYiZenHei") String pdfFontName,
                       @DefaultValue("20") int urgentItems,
                       @DefaultValue("15") int topTerms,
                       @DefaultValue("200") int maxMeetings) {
}
