package io.liaisoninsight.ui.meeting;

/** Formats a brief is exported in. */
public enum BriefFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public final String extension;
    public final String contentType;

    BriefFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** Download path of a meeting's brief, e.g. {@code /api/meetings/ab12/brief.pdf}. */
    public String meetingPath(String meetingId, boolean unmask) {
        return "/api/meetings/" + meetingId + "/brief." + extension + (unmask ? "?unmask=true" : "");
    }
}
