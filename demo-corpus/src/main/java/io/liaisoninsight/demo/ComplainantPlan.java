package io.liaisoninsight.demo;

import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.Channel;
import java.util.List;

/**
 * A person planned to contact the procuratorate several times about one matter, or a namesake of such a person.
 *
 * @param role       RECURRING or NAMESAKE (see {@link GroundTruth.Person})
 * @param matterOpen still unresolved at the as-of date: the last contacts get no substantive reply
 */
record ComplainantPlan(Person person, String role, Matter matter, List<Contact> contacts, boolean matterOpen) {

    /**
     * One planned contact and what the person gives on it.
     *
     * @param nameGiven the name as it will be written (a variant on some contacts)
     * @param unresolved this contact gets no substantive reply if it can be avoided
     */
    record Contact(long at, Channel channel, boolean carriesId, boolean carriesPhone, String nameGiven,
                   EscalationLevel level, boolean danger, boolean unresolved) {
    }
}
