package io.liaisoninsight.ui.meeting;

/** No meeting with this id; REST answers 404. */
public class MeetingNotFoundException extends RuntimeException {

    public MeetingNotFoundException(String id) {
        super("no meeting " + id);
    }
}
