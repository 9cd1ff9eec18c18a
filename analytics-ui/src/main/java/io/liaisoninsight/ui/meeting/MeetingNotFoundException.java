package io.liaisoninsight.ui.meeting;

import io.liaisoninsight.ui.system.ItemNotFoundException;

/** No meeting with this id. */
public class MeetingNotFoundException extends ItemNotFoundException {

    public MeetingNotFoundException(String id) {
        super("no meeting " + id, "meeting.notFound");
    }
}
